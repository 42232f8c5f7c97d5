using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>The exceptions queue: filters, the history behind each exception, and refusals that change nothing.</summary>
public sealed class ExceptionQueuePagesTests(BillingFactory factory) : IClassFixture<BillingFactory>
{
    [Fact]
    public async Task TheQueueFiltersByKind_AndShowsTheReasonAndTheHistoryBehindEachException()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);
        var runs = await factory.RunEveryCycleAsync(browser);
        var all = new List<(string Run, Guid Id, BillExceptionKind Kind)>();
        foreach (var r in runs)
        {
            all.AddRange(BillingSite.Cards(await (await browser.GetAsync(r + "/Exceptions?status=all")).TextAsync()).Select(c => (r, c.Id, c.Kind)));
        }

        all.Count.ShouldBeGreaterThan(0);
        var (withKinds, _, kind) = all.GroupBy(e => e.Run).OrderByDescending(g => g.Select(e => e.Kind).Distinct().Count()).First().First();
        var filtered = await (await browser.GetAsync($"{withKinds}/Exceptions?status=all&kind={kind}")).TextAsync();
        var cards = BillingSite.Cards(filtered);
        cards.ShouldNotBeEmpty();
        cards.ShouldAllBe(c => c.Kind == kind);
        cards.Count.ShouldBe(all.Count(e => e.Run == withKinds && e.Kind == kind));
        Html.ElementText(filtered, "queue-total").ShouldBe($"{cards.Count} exceptions match.");

        // A card shows the account, the reason, the figures and the reads behind them.
        var (run, id, _) = all.First();
        var stored = await factory.WithDbAsync(db => db.BillExceptions.AsNoTracking().SingleAsync(e => e.Id == id));
        var number = await factory.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Id == stored.ServiceAccountId).Select(a => a.Number).SingleAsync());
        var page = await (await browser.GetAsync(run + "/Exceptions?status=all")).TextAsync();
        var card = Card(page, id);
        card.ShouldContain($"href=\"/Accounts/{number.Value}\"");
        card.ShouldContain(System.Net.WebUtility.HtmlEncode(stored.Reason));
        card.ShouldContain(stored.Gallons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        var history = stored.ReadHistory();
        if (history.Count > 0)
        {
            card.ShouldContain("class=\"usage-history\"");
            System.Text.RegularExpressions.Regex.Count(card, "<tr><td>").ShouldBe(history.Count);
        }

        var reads = await factory.WithDbAsync(db => db.BillReads.CountAsync(r => r.BillId == stored.BillId));
        if (reads > 0)
        {
            card.ShouldContain("class=\"period-reads\"");
        }
    }

    [Fact]
    public async Task ResolvingWithoutAChoice_OrHoldingWithoutANote_IsRefusedClearly_AndChangesNothing()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);
        var runs = await factory.RunEveryCycleAsync(browser);
        string? queueUrl = null;
        Guid id = default;
        foreach (var run in runs)
        {
            var open = BillingSite.Cards(await (await browser.GetAsync(run + "/Exceptions")).TextAsync());
            if (open.Count > 0)
            {
                (queueUrl, id) = (run + "/Exceptions", open[0].Id);
                break;
            }
        }

        queueUrl.ShouldNotBeNull("the demo city's latest reads raise review exceptions");

        using var nothingChosen = await browser.PostPairsAsync(queueUrl, [new("Input.Resolution", "Accept")]);
        using var noAction = await browser.PostPairsAsync(queueUrl, [new("Input.ExceptionIds", id.ToString())]);
        using var holdWithoutNote = await browser.PostPairsAsync(queueUrl, [new("Input.ExceptionIds", id.ToString()), new("Input.Resolution", "Hold")]);
        using var negativeEstimate = await browser.PostPairsAsync(queueUrl,
            [new("Input.ExceptionIds", id.ToString()), new("Input.Resolution", "Estimate"), new("Input.EstimatedGallons", "-40")]);
        using var notANumber = await browser.PostPairsAsync(queueUrl,
            [new("Input.ExceptionIds", id.ToString()), new("Input.Resolution", "Estimate"), new("Input.EstimatedGallons", "lots")]);
        using var unknown = await browser.PostPairsAsync(queueUrl, [new("Input.ExceptionIds", Guid.NewGuid().ToString()), new("Input.Resolution", "Accept")]);

        (await SummaryAsync(nothingChosen)).ShouldContain("Choose at least one exception to resolve.");
        (await SummaryAsync(noAction)).ShouldContain("Choose what to do: accept, re-read, estimate or hold.");
        (await SummaryAsync(holdWithoutNote)).ShouldContain("Say why the bill is held.");
        (await SummaryAsync(negativeEstimate)).ShouldContain("Estimated gallons cannot be negative.");
        (await SummaryAsync(notANumber)).ShouldContain("“lots” is not a valid value for Gallons to bill.");
        (await SummaryAsync(unknown)).ShouldContain("One of the chosen exceptions no longer exists; nothing was changed.");
        var after = await factory.WithDbAsync(db => db.BillExceptions.AsNoTracking().SingleAsync(e => e.Id == id));
        after.Status.ShouldBe(BillExceptionStatus.Open);
        (await factory.WithDbAsync(db => db.Bills.AsNoTracking().Where(b => b.Id == after.BillId).Select(b => b.Status).SingleAsync())).ShouldBe(BillStatus.Draft);
        // The page kept the choice, so the specialist only adds what was missing.
        (await holdWithoutNote.Content.ReadAsStringAsync()).ShouldContain($"value=\"{id}\" checked=\"checked\"");
    }

    [Fact]
    public async Task AQueueWithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);
        var day = BillingSite.LatestReadDay(1);
        var run = await browser.StartRunAsync(1, day.Year, day.Month);

        using var response = await browser.PostAsync(run + "/Exceptions", new FormUrlEncodedContent([new("Input.Resolution", "Accept")]));
        using var approve = await browser.PostAsync(run + "?handler=Approve", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        approve.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<string> SummaryAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Html.TextsByClass(await response.TextAsync(), "error-summary").Single();
    }

    private static string Card(string html, Guid id)
    {
        var start = html.IndexOf($"data-exception=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }
}
