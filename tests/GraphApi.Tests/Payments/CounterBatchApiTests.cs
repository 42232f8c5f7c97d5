using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>A cashier's day through the API: open, take payments of each tender, close with counts, and the variance by tender.</summary>
public sealed class CounterBatchApiTests(BackOfficeApiFactory site) : IClassFixture<BackOfficeApiFactory>
{
    private const string Open = "mutation($f: Decimal) { openCashierBatch(input: { openingFloat: $f }) { id status openingFloat } }";

    private const string Take = """
        mutation($b: ID!, $a: String!, $m: Decimal!, $t: Tender!, $r: String) {
          takeCounterPayment(input: { batchId: $b, accountNumber: $a, amount: $m, tender: $t, reference: $r }) { id receiptNumber amount tender status reference accountNumber }
        }
        """;

    private const string Close = """
        mutation($b: ID!, $cash: Decimal!, $checks: Decimal!, $mo: Decimal!, $card: Decimal!) {
          closeCashierBatch(input: { batchId: $b, countedCash: $cash, countedChecks: $checks, countedMoneyOrders: $mo, countedCardPresent: $card }) {
            status expected counted variance paymentCount tenders { tender payments expected counted variance }
          }
        }
        """;

    [Fact]
    public async Task ADayOfMixedTendersBalancesByTenderWithTheVariance()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var accounts = await site.AccountNumbersAsync();
        var batchId = (await cashier.PostGraphAsync(Open, new { f = 100.00m })).ShouldSucceed().Data.GetProperty("openCashierBatch").GetProperty("id").GetString();

        var taken = new[]
        {
            (accounts[0], 50.00m, "CASH", (string?)null),
            (accounts[1], 75.25m, "CHECK", "1042"),
            (accounts[2], 20.00m, "MONEY_ORDER", "MO-77"),
            (accounts[3], 33.10m, "CARD_PRESENT", "4242"),
            (accounts[4], 10.00m, "CASH", null),
        };
        foreach (var (account, amount, tender, reference) in taken)
        {
            var payment = (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = amount, t = tender, r = reference }))
                .ShouldSucceed().Data.GetProperty("takeCounterPayment");
            payment.GetProperty("status").GetString().ShouldBe("POSTED");
            payment.GetProperty("receiptNumber").GetString()!.ShouldStartWith("R");
            payment.GetProperty("accountNumber").GetString().ShouldBe(account);
        }

        // The cashier is a dollar short in cash (160.00 expected with the float) and counts the rest right.
        var report = (await cashier.PostGraphAsync(Close, new { b = batchId, cash = 159.00m, checks = 75.25m, mo = 20.00m, card = 33.10m }))
            .ShouldSucceed().Data.GetProperty("closeCashierBatch");
        report.GetProperty("status").GetString().ShouldBe("CLOSED");
        report.GetProperty("paymentCount").GetInt32().ShouldBe(5);
        report.GetProperty("expected").GetDecimal().ShouldBe(288.35m);
        report.GetProperty("counted").GetDecimal().ShouldBe(287.35m);
        report.GetProperty("variance").GetDecimal().ShouldBe(-1.00m);
        var tenders = report.GetProperty("tenders").EnumerateArray().ToDictionary(t => t.GetProperty("tender").GetString()!);
        tenders["CASH"].GetProperty("payments").GetInt32().ShouldBe(2);
        tenders["CASH"].GetProperty("expected").GetDecimal().ShouldBe(160.00m);
        tenders["CASH"].GetProperty("variance").GetDecimal().ShouldBe(-1.00m);
        tenders["CHECK"].GetProperty("variance").GetDecimal().ShouldBe(0m);
        tenders["MONEY_ORDER"].GetProperty("expected").GetDecimal().ShouldBe(20.00m);
        tenders["CARD_PRESENT"].GetProperty("counted").GetDecimal().ShouldBe(33.10m);

        // A closed batch takes nothing more, and nothing is posted.
        var before = await site.BalanceAsync(accounts[0]);
        var late = await cashier.PostGraphAsync(Take, new { b = batchId, a = accounts[0], m = 5m, t = "CASH", r = (string?)null });
        late.ErrorCodes.ShouldBe(["CONFLICT"]);
        late.Errors[0].GetProperty("message").GetString()!.ShouldContain("closed");
        (await site.BalanceAsync(accounts[0])).ShouldBe(before);

        // The supervisor sees the day's batch with its variance; a specialist may not list everyone's.
        var supervisor = await site.StaffAsync(StaffRoles.Supervisor);
        var list = (await supervisor.PostGraphAsync("query($d: Date!) { cashierBatches(day: $d) { id variance cashierName } }",
            new { d = await site.DbAsync(db => db.CashierBatches.Where(b => b.Id == Guid.Parse(batchId!)).Select(b => b.BusinessDay).SingleAsync()) }))
            .ShouldSucceed().Data.GetProperty("cashierBatches").EnumerateArray().ToList();
        list.Single(b => b.GetProperty("id").GetString() == batchId).GetProperty("variance").GetDecimal().ShouldBe(-1.00m);
        (await cashier.PostGraphAsync("query($d: Date!) { cashierBatches(day: $d) { id } }", new { d = "2026-11-26" })).Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task BadCounterPaymentsAreRefusedAndPostNothing()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var other = await site.StaffAsync(StaffRoles.SpecialistII);
        var account = (await site.AccountNumbersAsync())[7];
        var batchId = (await cashier.PostGraphAsync(Open, new { f = (decimal?)null })).ShouldSucceed().Data.GetProperty("openCashierBatch").GetProperty("id").GetString();
        var before = await site.BalanceAsync(account);

        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 0m, t = "CASH", r = (string?)null })).ErrorFields.ShouldBe(["amount"]);
        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = -3m, t = "CASH", r = (string?)null })).ErrorFields.ShouldBe(["amount"]);
        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 10.001m, t = "CASH", r = (string?)null })).ErrorFields.ShouldBe(["amount"]);
        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 10m, t = "CHECK", r = "  " })).ErrorFields.ShouldBe(["reference"]);
        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 10m, t = "MONEY_ORDER", r = (string?)null })).ErrorFields.ShouldBe(["reference"]);
        var unknown = await cashier.PostGraphAsync(Take, new { b = batchId, a = "999999999", m = 10m, t = "CASH", r = (string?)null });
        unknown.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        unknown.ErrorFields.ShouldBe(["accountNumber"]);
        var online = await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 10m, t = "CARD", r = "x" });
        online.ErrorFields.ShouldBe(["tender"]);

        // Another cashier may not put money in this drawer, and may not open a second batch for themselves.
        var foreign = await other.PostGraphAsync(Take, new { b = batchId, a = account, m = 10m, t = "CASH", r = (string?)null });
        foreign.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await cashier.PostGraphAsync(Open, new { f = 0m })).ErrorCodes.ShouldBe(["CONFLICT"]);

        (await site.BalanceAsync(account)).ShouldBe(before);
        (await site.DbAsync(db => db.Payments.CountAsync(p => p.CashierBatchId == Guid.Parse(batchId!)))).ShouldBe(0);
    }

    [Fact]
    public async Task TheBatchReportAddsUpItsPaymentsNotARunningTotal()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistIII);
        var account = (await site.AccountNumbersAsync())[9];
        var batchId = (await cashier.PostGraphAsync(Open, new { f = 25m })).ShouldSucceed().Data.GetProperty("openCashierBatch").GetProperty("id").GetString();
        (await cashier.PostGraphAsync(Take, new { b = batchId, a = account, m = 12.34m, t = "CASH", r = (string?)null })).ShouldSucceed();

        var batch = (await cashier.PostGraphAsync("query { cashierBatch { id status expected paymentCount payments { receiptNumber amount } } }"))
            .ShouldSucceed().Data.GetProperty("cashierBatch");
        batch.GetProperty("id").GetString().ShouldBe(batchId);
        batch.GetProperty("expected").GetDecimal().ShouldBe(37.34m);
        batch.GetProperty("payments").GetArrayLength().ShouldBe(1);
    }
}
