using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>
/// A month's cycles billed from the BackOffice as a specialist does it: start each run, let the worker calculate it,
/// work the exceptions queue with each kind of resolution, approve (refused while exceptions are open), post, and
/// start again to find nothing added.
/// </summary>
public sealed class BillRunPagesTests(BillingFactory factory) : IClassFixture<BillingFactory>
{
    private static readonly BillExceptionResolution[] EachAction =
        [BillExceptionResolution.Accept, BillExceptionResolution.ReRead, BillExceptionResolution.Estimate, BillExceptionResolution.Hold];

    [Fact]
    public async Task AMonthIsReviewedApprovedAndPostedFromThePages_AndStartingAgainAddsNothing()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);
        var runs = await factory.RunEveryCycleAsync(browser);
        var queues = new Dictionary<string, IReadOnlyList<(Guid Id, BillExceptionKind Kind, BillExceptionStatus Status)>>();
        foreach (var run in runs)
        {
            queues[run] = BillingSite.Cards(await (await browser.GetAsync(run + "/Exceptions")).TextAsync());
        }

        var reviewed = runs.Where(r => queues[r].Count > 0).ToList();
        var open = reviewed.SelectMany(r => queues[r].Select(c => (Run: r, c.Id))).ToList();
        open.Count.ShouldBeGreaterThanOrEqualTo(EachAction.Length, "the demo city's latest reads hold one of each review finding");

        // Approval is refused while exceptions are open, and the run page says why instead of offering the button.
        var blocked = reviewed[0];
        var blockedPage = await (await browser.GetAsync(blocked)).TextAsync();
        Html.ElementText(blockedPage, "approve-blocked").ShouldContain($"{queues[blocked].Count} exceptions are still open");
        blockedPage.ShouldNotContain("id=\"approve-button\"");
        using (var refused = await browser.PostPairsAsync("/Billing/Runs", [], blocked + "?handler=Approve"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            Html.TextsByClass(await refused.TextAsync(), "error-summary").Single().ShouldContain("exception(s) are still open; resolve them before approving the run.");
        }

        (await StatusOfAsync(blocked)).ShouldBe(BillRunStatus.Review);

        // One exception for each action, through the queue page; the rest of each queue accepted as one selection.
        var acted = new Dictionary<BillExceptionResolution, Guid>();
        for (var i = 0; i < EachAction.Length; i++)
        {
            var (run, id) = open[i];
            var action = EachAction[i];
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Input.ExceptionIds", id.ToString()),
                new("Input.Resolution", action.ToString()),
                new("Input.Note", $"Checked by the test: {action}"),
            };
            if (action == BillExceptionResolution.Estimate)
            {
                fields.Add(new("Input.EstimatedGallons", "5000"));
            }

            using var resolved = await browser.PostPairsAsync(run + "/Exceptions", fields);
            resolved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await resolved.TextAsync());
            var queue = await (await browser.GetAsync(resolved.Headers.Location!.OriginalString)).TextAsync();
            queue.ShouldContain("Resolved 1 exceptions");
            acted[action] = id;
        }

        foreach (var run in reviewed)
        {
            var rest = BillingSite.Cards(await (await browser.GetAsync(run + "/Exceptions")).TextAsync());
            if (rest.Count == 0)
            {
                continue;
            }

            var fields = rest.Select(c => new KeyValuePair<string, string>("Input.ExceptionIds", c.Id.ToString()))
                .Append(new("Input.Resolution", nameof(BillExceptionResolution.Accept))).ToList();
            using var accepted = await browser.PostPairsAsync(run + "/Exceptions", fields);
            accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var queue = await (await browser.GetAsync(accepted.Headers.Location!.OriginalString)).TextAsync();
            queue.ShouldContain($"Resolved {rest.Count} exceptions: the bills stand as calculated.");
            BillingSite.Cards(queue).ShouldBeEmpty();
        }

        var reRead = await BillOfAsync(acted[BillExceptionResolution.ReRead]);
        reRead.Status.ShouldBe(BillStatus.Held);
        (await factory.WithDbAsync(db => db.ReReadRequests.CountAsync(r => r.BillId == reRead.Id))).ShouldBe(1);
        var estimated = await BillOfAsync(acted[BillExceptionResolution.Estimate]);
        estimated.Estimated.ShouldBeTrue();
        (estimated.WaterGallons + estimated.ReuseGallons).ShouldBe(5_000);
        var held = await BillOfAsync(acted[BillExceptionResolution.Hold]);
        held.Status.ShouldBe(BillStatus.Held);
        held.HoldReason.ShouldBe("Checked by the test: Hold");
        (await factory.WithDbAsync(db => db.BillExceptions.Where(e => e.Id == acted[BillExceptionResolution.Accept]).Select(e => e.Note).SingleAsync()))
            .ShouldBe("Checked by the test: Accept");

        // Approve and post each reviewed run; held bills stay out and are never charged.
        var issueDate = Enumerable.Range(1, 20).Max(BillingSite.LatestReadDay).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var run in reviewed)
        {
            var page = await (await browser.GetAsync(run)).TextAsync();
            Html.ElementText(page, "count-open").ShouldBe("0");
            using var approved = await browser.PostPairsAsync(run, [], run + "?handler=Approve");
            approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var after = await (await browser.GetAsync(run)).TextAsync();
            Html.ElementText(after, "run-status").ShouldBe("Approved");
            using var posted = await browser.PostPairsAsync(run, [new("Input.IssueDate", issueDate)],
                run + "?handler=Post");
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.TextAsync());
        }

        foreach (var run in reviewed)
        {
            await factory.WaitForAsync(BillingSite.RunIdOf(run), BillRunStatus.Posted);
            var id = BillingSite.RunIdOf(run);
            var page = await (await browser.GetAsync(run)).TextAsync();
            Html.ElementText(page, "run-status").ShouldBe("Posted");
            var bills = await factory.WithDbAsync(db => db.Bills.AsNoTracking().Where(b => b.BillRunId == id).Select(b => new { b.Id, b.Status }).ToListAsync());
            Html.ElementText(page, "count-posted").ShouldBe(bills.Count(b => b.Status == BillStatus.Posted).ToString(CultureInfo.InvariantCulture));
            Html.ElementText(page, "count-held").ShouldBe(bills.Count(b => b.Status == BillStatus.Held).ToString(CultureInfo.InvariantCulture));
            bills.ShouldAllBe(b => b.Status == BillStatus.Posted || b.Status == BillStatus.Held);
            var charged = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Select(e => e.IdempotencyKey).ToListAsync());
            foreach (var bill in bills)
            {
                charged.Contains(Bill.LedgerKeyOf(bill.Id)).ShouldBe(bill.Status == BillStatus.Posted);
            }
        }

        (await BillOfAsync(acted[BillExceptionResolution.Accept])).Status.ShouldBe(BillStatus.Posted);
        (await BillOfAsync(acted[BillExceptionResolution.Hold])).Status.ShouldBe(BillStatus.Held);

        // Starting the same cycles and months again opens the same runs and bills nobody twice.
        var billsBefore = await factory.WithDbAsync(db => db.Bills.CountAsync());
        var entriesBefore = await factory.WithDbAsync(db => db.JournalEntries.CountAsync());
        for (var cycle = 1; cycle <= 20; cycle++)
        {
            var day = BillingSite.LatestReadDay(cycle);
            var again = await browser.StartRunAsync(cycle, day.Year, day.Month);
            again.ShouldBe(runs[cycle - 1]);
        }

        var reopened = await (await browser.GetAsync(reviewed[0])).TextAsync();
        reopened.ShouldContain("already has a bill run for");
        (await factory.WithDbAsync(db => db.Bills.CountAsync())).ShouldBe(billsBefore);
        (await factory.WithDbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(entriesBefore);
        (await factory.WithDbAsync(db => db.BillRuns.CountAsync())).ShouldBe(20);

        // The schedule that priced posted bills is now locked.
        var schedules = await (await browser.GetAsync("/Billing/Schedules")).TextAsync();
        schedules.ShouldContain("Locked: priced a posted bill");
    }

    private Task<BillRunStatus> StatusOfAsync(string run) =>
        factory.WithDbAsync(db => db.BillRuns.Where(r => r.Id == BillingSite.RunIdOf(run)).Select(r => r.Status).SingleAsync());

    private Task<Bill> BillOfAsync(Guid exceptionId) => factory.WithDbAsync(async db =>
    {
        var billId = await db.BillExceptions.AsNoTracking().Where(e => e.Id == exceptionId).Select(e => e.BillId).SingleAsync();
        return await db.Bills.AsNoTracking().SingleAsync(b => b.Id == billId);
    });
}
