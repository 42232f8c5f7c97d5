using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>Correcting counter payments through the API: moving one to the right account, and a check the bank returned.</summary>
public sealed class CounterCorrectionApiTests(BackOfficeApiFactory site) : IClassFixture<BackOfficeApiFactory>
{
    private const string Move = """
        mutation($p: ID!, $to: String!, $why: String) {
          movePayment(input: { paymentId: $p, toAccountNumber: $to, reason: $why }) { originalPaymentId fromAccountNumber toAccountNumber payment { id accountNumber amount tender reference status receiptNumber } }
        }
        """;

    private const string Returned = "mutation($p: ID!, $why: String) { recordReturnedCheck(input: { paymentId: $p, reason: $why }) { accountNumber reversed fee alreadyRecorded } }";

    [Fact]
    public async Task AMovedPaymentLeavesTheWrongAccountAsItWasAndPaysTheRightOneAudited()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var accounts = await site.AccountNumbersAsync();
        var (wrong, right) = (accounts[11], accounts[12]);
        var (wrongBefore, rightBefore) = (await site.BalanceAsync(wrong), await site.BalanceAsync(right));
        var paymentId = await TakeAsync(cashier, wrong, 64.50m, "CHECK", "2201");

        var moved = (await cashier.PostGraphAsync(Move, new { p = paymentId, to = right, why = "Customer gave the neighbour's stub" }))
            .ShouldSucceed().Data.GetProperty("movePayment");

        moved.GetProperty("fromAccountNumber").GetString().ShouldBe(wrong);
        var payment = moved.GetProperty("payment");
        payment.GetProperty("accountNumber").GetString().ShouldBe(right);
        payment.GetProperty("amount").GetDecimal().ShouldBe(64.50m);
        payment.GetProperty("tender").GetString().ShouldBe("CHECK");
        payment.GetProperty("reference").GetString().ShouldBe("2201");
        payment.GetProperty("status").GetString().ShouldBe("POSTED");
        (await site.BalanceAsync(wrong)).ShouldBe(wrongBefore);
        (await site.BalanceAsync(right)).ShouldBe(rightBefore - Money.Of(64.50m));

        var original = await site.DbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == Guid.Parse(paymentId)));
        original.Status.ShouldBe(PaymentStatus.Reversed);
        original.ReversalReason!.ShouldContain($"Moved to account {right}");
        var audit = (await site.AuditOfAsync(original.Id)).Single(a => a.Action == "MovePayment");
        audit.Before!.ShouldContain(wrong);
        audit.After!.ShouldContain(right);
        audit.Actor.ShouldStartWith("specialisti-");

        // A reversed payment cannot be moved again, and nothing more is posted.
        var thirdBefore = await site.BalanceAsync(accounts[13]);
        var again = await cashier.PostGraphAsync(Move, new { p = paymentId, to = accounts[13], why = "again" });
        again.ErrorCodes.ShouldBe(["CONFLICT"]);
        (await site.BalanceAsync(accounts[13])).ShouldBe(thirdBefore);
        (await site.BalanceAsync(right)).ShouldBe(rightBefore - Money.Of(64.50m));
    }

    [Fact]
    public async Task MovingNeedsAReasonAnotherAccountAndAPostedPayment()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var account = (await site.AccountNumbersAsync())[14];
        var paymentId = await TakeAsync(cashier, account, 10m, "CASH", null);

        (await cashier.PostGraphAsync(Move, new { p = paymentId, to = account, why = "same" })).ErrorFields.ShouldBe(["toAccountNumber"]);
        (await cashier.PostGraphAsync(Move, new { p = paymentId, to = "123", why = "x" })).ErrorCodes.ShouldBe(["NOT_FOUND"]);
        (await cashier.PostGraphAsync(Move, new { p = paymentId, to = (await site.AccountNumbersAsync())[15], why = " " })).ErrorFields.ShouldBe(["reason"]);

        var pending = await site.DbAsync(async db =>
        {
            var accountId = await db.ServiceAccounts.Where(a => a.Number == Domain.Accounts.AccountNumber.Parse(account)).Select(a => a.Id).SingleAsync();
            var started = Payment.Started(accountId, Money.Of(20m), Tender.Card, PaymentChannel.Portal, null, DateTimeOffset.UtcNow, "resident");
            db.Payments.Add(started);
            await db.SaveChangesAsync();
            return started.Id;
        });
        (await cashier.PostGraphAsync(Move, new { p = pending, to = (await site.AccountNumbersAsync())[15], why = "x" })).ErrorCodes.ShouldBe(["CONFLICT"]);
    }

    [Fact]
    public async Task AReturnedCheckIsReversedWithTheScheduleFeeOnce()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var account = (await site.AccountNumbersAsync())[16];
        var before = await site.BalanceAsync(account);
        var paymentId = await TakeAsync(cashier, account, 80m, "CHECK", "3301");
        var fee = await ScheduleFeeAsync();
        fee.ShouldBeGreaterThan(0m);

        var first = (await cashier.PostGraphAsync(Returned, new { p = paymentId, why = "Insufficient funds" })).ShouldSucceed().Data.GetProperty("recordReturnedCheck");
        first.GetProperty("fee").GetDecimal().ShouldBe(fee);
        first.GetProperty("alreadyRecorded").GetBoolean().ShouldBeFalse();
        (await site.BalanceAsync(account)).ShouldBe(before + Money.Of(fee));

        // Recorded again (a double click): nothing new posts, and the answer says so.
        var second = (await cashier.PostGraphAsync(Returned, new { p = paymentId, why = "Insufficient funds" })).ShouldSucceed().Data.GetProperty("recordReturnedCheck");
        second.GetProperty("alreadyRecorded").GetBoolean().ShouldBeTrue();
        second.GetProperty("fee").GetDecimal().ShouldBe(fee);
        (await site.BalanceAsync(account)).ShouldBe(before + Money.Of(fee));

        var payment = await site.DbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == Guid.Parse(paymentId)));
        payment.Status.ShouldBe(PaymentStatus.Reversed);
        payment.ReversalReason.ShouldBe("Returned check: Insufficient funds");
        (await site.AuditOfAsync(payment.Id)).Count(a => a.Action == "RecordReturnedCheck").ShouldBe(1);
    }

    [Fact]
    public async Task OnlyACheckCanBeReturned()
    {
        var cashier = await site.StaffAsync(StaffRoles.SpecialistI);
        var account = (await site.AccountNumbersAsync())[17];
        var before = await site.BalanceAsync(account);
        var paymentId = await TakeAsync(cashier, account, 15m, "CASH", null);

        (await cashier.PostGraphAsync(Returned, new { p = paymentId, why = "x" })).ErrorFields.ShouldBe(["paymentId"]);
        (await site.BalanceAsync(account)).ShouldBe(before - Money.Of(15m));
    }

    private async Task<decimal> ScheduleFeeAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);
        var schedule = await scope.ServiceProvider.GetRequiredService<RateScheduleCatalog>().InEffectOnAsync(today);
        return schedule!.Schedule.Fees["returnedPayment"];
    }

    /// <summary>Opens the cashier's batch if need be and takes one payment; returns its id.</summary>
    private static async Task<string> TakeAsync(HttpClient cashier, string account, decimal amount, string tender, string? reference)
    {
        var open = (await cashier.PostGraphAsync("query { cashierBatch { id } }")).ShouldSucceed().Data.GetProperty("cashierBatch");
        var batchId = open.ValueKind == System.Text.Json.JsonValueKind.Null
            ? (await cashier.PostGraphAsync("mutation { openCashierBatch(input: {}) { id } }")).ShouldSucceed().Data.GetProperty("openCashierBatch").GetProperty("id").GetString()
            : open.GetProperty("id").GetString();
        return (await cashier.PostGraphAsync("""
                mutation($b: ID!, $a: String!, $m: Decimal!, $t: Tender!, $r: String) {
                  takeCounterPayment(input: { batchId: $b, accountNumber: $a, amount: $m, tender: $t, reference: $r }) { id }
                }
                """, new { b = batchId, a = account, m = amount, t = tender, r = reference }))
            .ShouldSucceed().Data.GetProperty("takeCounterPayment").GetProperty("id").GetString()!;
    }
}
