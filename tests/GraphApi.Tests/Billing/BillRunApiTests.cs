using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>A specialist runs a month's cycle through the API: start, let the worker calculate, work the exceptions queue, approve, post.</summary>
public sealed class BillRunApiTests(EagerWorkerBackOfficeApiFactory site) : IClassFixture<EagerWorkerBackOfficeApiFactory>
{
    private const string Start = """
        mutation($input: StartBillRunInput!) { startBillRun(input: $input) { runId created periodStart periodEnd run { status cycle } } }
        """;

    private const string RunQuery = """
        query($id: ID!) {
          billRun(id: $id) {
            id cycle status percentDone accounts accountsDone billsToPost billsPosted openExceptions currentCharges scheduleCode
            billsByStatus { status count } openExceptionsByKind { kind count }
          }
        }
        """;

    /// <summary>How often the test looks at the run while the worker has it: bounded, so a stuck worker fails the test instead of hanging it.</summary>
    private const int MaxPolls = 600;

    [Fact]
    public async Task ASpecialistRunsACycle_StartingItTwiceBillsNobodyTwice_AndWorksTheQueueToPosting()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        // The demo resident's home has a leak this month, so its cycle's run has a high bill to review.
        var home = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0];
        var (_, cycle) = await site.AccountAsync(home);
        var (year, month) = BillingArrangements.LatestReadMonth(cycle, Florida.Today(TimeProvider.System));
        var input = new { input = new { cycle, year, month } };

        var started = (await staff.PostGraphAsync(Start, input)).ShouldSucceed().Data.GetProperty("startBillRun");
        var again = (await staff.PostGraphAsync(Start, input)).ShouldSucceed().Data.GetProperty("startBillRun");

        started.GetProperty("created").GetBoolean().ShouldBeTrue();
        again.GetProperty("created").GetBoolean().ShouldBeFalse();
        var runId = started.GetProperty("runId").GetString()!;
        again.GetProperty("runId").GetString().ShouldBe(runId);
        started.GetProperty("run").GetProperty("cycle").GetInt32().ShouldBe(cycle);

        var calculated = await WaitForAsync(staff, runId, "REVIEW");
        calculated.GetProperty("accounts").GetInt32().ShouldBeGreaterThan(0);
        calculated.GetProperty("accountsDone").GetInt32().ShouldBe(calculated.GetProperty("accounts").GetInt32());
        calculated.GetProperty("percentDone").GetInt32().ShouldBe(100);
        calculated.GetProperty("scheduleCode").GetString().ShouldNotBeNullOrEmpty();
        var runGuid = Guid.Parse(runId);
        var drafts = await site.WithDbAsync(db => db.Set<Bill>().CountAsync(b => b.BillRunId == runGuid));
        drafts.ShouldBeGreaterThan(0);

        // The exceptions queue: the home's high bill is in it, with its reason and the history behind it.
        var queue = (await staff.PostGraphAsync("""
            query($run: ID!) { billExceptions(runId: $run) { total items { id kind accountNumber reason status gallons history { gallons } } } }
            """, new { run = runId })).ShouldSucceed().Data.GetProperty("billExceptions");
        var items = queue.GetProperty("items");
        queue.GetProperty("total").GetInt32().ShouldBe(items.GetArrayLength());
        calculated.GetProperty("openExceptions").GetInt32().ShouldBe(items.GetArrayLength());
        var homeHigh = items.EnumerateArray().Single(e => e.GetProperty("accountNumber").GetString() == home && e.GetProperty("kind").GetString() == "HIGH");
        homeHigh.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
        homeHigh.GetProperty("history").GetArrayLength().ShouldBeGreaterThan(0);
        items.Strings("status").ShouldAllBe(s => s == "OPEN");

        // Approval waits for the queue.
        var early = await staff.PostGraphAsync("mutation($id: ID!) { approveBillRun(input: { runId: $id }) { approved } }", new { id = runId });
        early.ErrorCodes.ShouldBe(["CONFLICT"], early.Body);

        var resolved = (await staff.PostGraphAsync("""
            mutation($ids: [ID!]!) { resolveBillExceptions(input: { exceptionIds: $ids, resolution: ACCEPT, note: "Customer confirmed a leak, now fixed." }) { resolved heldBills } }
            """, new { ids = items.Strings("id").ToArray() })).ShouldSucceed().Data.GetProperty("resolveBillExceptions");
        resolved.GetProperty("resolved").GetInt32().ShouldBe(items.GetArrayLength());
        resolved.GetProperty("heldBills").GetArrayLength().ShouldBe(0);

        var approved = (await staff.PostGraphAsync("mutation($id: ID!) { approveBillRun(input: { runId: $id }) { approved held } }", new { id = runId }))
            .ShouldSucceed().Data.GetProperty("approveBillRun");
        approved.GetProperty("approved").GetInt32().ShouldBe(drafts);

        var posting = (await staff.PostGraphAsync("mutation($id: ID!) { postBillRun(input: { runId: $id }) { billsToPost issueDate } }", new { id = runId }))
            .ShouldSucceed().Data.GetProperty("postBillRun");
        posting.GetProperty("billsToPost").GetInt32().ShouldBe(drafts);

        var posted = await WaitForAsync(staff, runId, "POSTED");
        posted.GetProperty("billsPosted").GetInt32().ShouldBe(drafts);
        posted.GetProperty("billsByStatus").EnumerateArray().Select(s => (s.GetProperty("status").GetString(), s.GetProperty("count").GetInt32()))
            .ShouldBe([("POSTED", drafts)]);

        // Starting the posted period once more finds the same run and bills nobody again.
        var third = (await staff.PostGraphAsync(Start, input)).ShouldSucceed().Data.GetProperty("startBillRun");
        third.GetProperty("runId").GetString().ShouldBe(runId);
        var period = (DateOnly.Parse(started.GetProperty("periodStart").GetString()!, CultureInfo.InvariantCulture),
            DateOnly.Parse(started.GetProperty("periodEnd").GetString()!, CultureInfo.InvariantCulture));
        var perAccount = await site.WithDbAsync(db => db.Set<Bill>().AsNoTracking()
            .Where(b => b.PeriodStart == period.Item1 && b.PeriodEnd == period.Item2 && b.Kind != BillKind.Deposit)
            .GroupBy(b => b.ServiceAccountId).Select(g => g.Count()).ToListAsync());
        perAccount.Count.ShouldBe(drafts);
        perAccount.ShouldAllBe(count => count == 1);

        // The home's posted bill, as staff read it through the account and through bill(id:).
        var bills = (await staff.PostGraphAsync("query($n: String!) { account(number: $n) { bills { id status billRunId totalDue } } }", new { n = home }))
            .ShouldSucceed().Data.GetProperty("account").GetProperty("bills");
        var homeBill = bills.EnumerateArray().Single(b => b.GetProperty("billRunId").GetString() == runId);
        homeBill.GetProperty("status").GetString().ShouldBe("POSTED");
        var bill = (await staff.PostGraphAsync("""
            query($id: ID!) { bill(id: $id) { status kind currentCharges scheduleCode scheduleVersion waterGallons issuedOn dueOn
              lines { service amount } reads { meterSerial gallons kind } exceptions { kind status resolution note } } }
            """, new { id = homeBill.GetProperty("id").GetString() })).ShouldSucceed().Data.GetProperty("bill");
        bill.GetProperty("kind").GetString().ShouldBe("CYCLE");
        bill.GetProperty("issuedOn").GetString().ShouldNotBeNull();
        bill.GetProperty("dueOn").GetString().ShouldNotBeNull();
        bill.GetProperty("currentCharges").GetDecimal().ShouldBe(bill.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));
        bill.GetProperty("reads").GetArrayLength().ShouldBeGreaterThan(0);
        bill.GetProperty("exceptions").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("resolution").GetString()))
            .ShouldContain(("HIGH", "ACCEPT"));
    }

    [Fact]
    public async Task ARunCannotStartBeforeItsReadDay_AndTheErrorNamesTheField()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var nextYear = Florida.Today(TimeProvider.System).Year + 1;

        var response = await staff.PostGraphAsync(Start, new { input = new { cycle = 1, year = nextYear, month = 1 } });

        response.ErrorCodes.ShouldBe(["INVALID"]);
        response.ErrorFields.ShouldBe(["month"]);
        (await site.WithDbAsync(db => db.Set<BillRun>().CountAsync(r => r.PeriodEnd.Year == nextYear))).ShouldBe(0);
    }

    [Fact]
    public async Task StaffListTheRunsOfACycle()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var (year, month) = BillingArrangements.LatestReadMonth(20, Florida.Today(TimeProvider.System));
        var runId = (await staff.PostGraphAsync(Start, new { input = new { cycle = 20, year, month } })).ShouldSucceed()
            .Data.GetProperty("startBillRun").GetProperty("runId").GetString();

        var runs = (await staff.PostGraphAsync("{ billRuns(cycle: 20) { id cycle startedBy } all: billRuns(cycle: 19) { id } }")).ShouldSucceed().Data;

        runs.GetProperty("billRuns").Strings("id").ShouldBe([runId]);
        runs.GetProperty("billRuns")[0].GetProperty("startedBy").GetString().ShouldBe(People.DemoSpecialist);
        runs.GetProperty("all").Strings("id").ShouldNotContain(runId);
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient staff, string runId, string status)
    {
        JsonElement run = default;
        for (var poll = 0; poll < MaxPolls; poll++)
        {
            run = (await staff.PostGraphAsync(RunQuery, new { id = runId })).ShouldSucceed().Data.GetProperty("billRun");
            if (run.GetProperty("status").GetString() == status)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"The run did not reach {status}: {run}");
    }
}
