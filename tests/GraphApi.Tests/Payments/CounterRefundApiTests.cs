using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Payments.Refunds;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>
/// Refunds through the API with the real StripeGateway over a fake Stripe: never more than the credit balance or what
/// the card payment has left, Specialist II and above, posted once whether the request or the webhook records it first.
/// </summary>
public sealed class CounterRefundApiTests(CounterStripeApiFactory site) : IClassFixture<CounterStripeApiFactory>
{
    private const string Refund = """
        mutation($a: String!, $m: Decimal!, $how: RefundMethod!, $why: String, $p: ID, $payee: String, $addr: AddressInput) {
          requestRefund(input: { accountNumber: $a, amount: $m, method: $how, reason: $why, paymentId: $p, payee: $payee, mailingAddress: $addr }) {
            id amount method status gatewayReference declineReason payee mailingAddress
          }
        }
        """;

    private static readonly object Address = new { line1 = "12 Ocean Dr", city = "Palm Harbor City", state = "FL", zip = "33401" };

    [Fact]
    public async Task ACardRefundGoesThroughStripeAndPostsOnceEvenWhenTheWebhookReportsIt()
    {
        var specialist = await site.StaffAsync(StaffRoles.SpecialistII);
        var account = (await site.AccountNumbersAsync())[20];
        var (paymentId, reference) = await site.CardPaymentLeavingCreditAsync(account, 40m);
        var before = await site.BalanceAsync(account);

        var refund = (await specialist.PostGraphAsync(Refund, new { a = account, m = 25.50m, how = "CARD", why = "Paid twice", p = paymentId }))
            .ShouldSucceed().Data.GetProperty("requestRefund");

        refund.GetProperty("status").GetString().ShouldBe("POSTED");
        var refundReference = refund.GetProperty("gatewayReference").GetString()!;
        refundReference.ShouldStartWith("re_");
        site.Stripe.Requests.ShouldContain(r => r.StartsWith("POST /v1/refunds", StringComparison.Ordinal) && r.Contains(reference, StringComparison.Ordinal) && r.Contains("amount=2550", StringComparison.Ordinal));
        (await site.BalanceAsync(account)).ShouldBe(before + Money.Of(25.50m));

        // Stripe's charge.refunded for the same refund, delivered twice: nothing more posts.
        await RecordAsync(reference, refundReference, 25.50m);
        await RecordAsync(reference, refundReference, 25.50m);
        (await site.BalanceAsync(account)).ShouldBe(before + Money.Of(25.50m));

        // 14.50 of the credit is left: a cent more is refused.
        var tooMuch = await specialist.PostGraphAsync(Refund, new { a = account, m = 14.51m, how = "CARD", why = "rest", p = paymentId });
        tooMuch.ErrorFields.ShouldBe(["amount"]);
    }

    [Fact]
    public async Task ADeclinedCardRefundPostsNothingAndSaysWhy()
    {
        var supervisor = await site.StaffAsync(StaffRoles.Supervisor);
        var account = (await site.AccountNumbersAsync())[21];
        var (paymentId, _) = await site.CardPaymentLeavingCreditAsync(account, 30m);
        var before = await site.BalanceAsync(account);
        site.Stripe.RefuseWith = "Charge has already been refunded.";
        try
        {
            var refund = (await supervisor.PostGraphAsync(Refund, new { a = account, m = 10m, how = "CARD", why = "test", p = paymentId }))
                .ShouldSucceed().Data.GetProperty("requestRefund");
            refund.GetProperty("status").GetString().ShouldBe("DECLINED");
            refund.GetProperty("declineReason").GetString().ShouldBe("Charge has already been refunded.");
        }
        finally
        {
            site.Stripe.RefuseWith = null;
        }

        (await site.BalanceAsync(account)).ShouldBe(before);
    }

    [Fact]
    public async Task ARefundIsNeverMoreThanTheCreditBalanceAndNeedsASpecialistII()
    {
        var account = (await site.AccountNumbersAsync())[22];
        await site.CardPaymentLeavingCreditAsync(account, 20m);
        var before = await site.BalanceAsync(account);
        before.ShouldBe(Money.Of(-20m));

        var specialistI = await site.StaffAsync(StaffRoles.SpecialistI);
        var refused = await specialistI.PostGraphAsync(Refund, new { a = account, m = 5m, how = "CHECK", why = "x", payee = "Ana", addr = Address });
        refused.Errors.ShouldNotBeEmpty();
        refused.HasData.ShouldBeFalse();

        var specialistIII = await site.StaffAsync(StaffRoles.SpecialistIII);
        var above = await specialistIII.PostGraphAsync(Refund, new { a = account, m = 20.01m, how = "CHECK", why = "x", payee = "Ana", addr = Address });
        above.ErrorFields.ShouldBe(["amount"]);
        above.Errors[0].GetProperty("message").GetString()!.ShouldContain("credit balance");
        (await specialistIII.PostGraphAsync(Refund, new { a = account, m = 0m, how = "CHECK", why = "x", payee = "Ana", addr = Address })).ErrorFields.ShouldBe(["amount"]);
        (await specialistIII.PostGraphAsync(Refund, new { a = account, m = 1.005m, how = "CHECK", why = "x", payee = "Ana", addr = Address })).ErrorFields.ShouldBe(["amount"]);
        (await specialistIII.PostGraphAsync(Refund, new { a = "000", m = 1m, how = "CHECK", why = "x", payee = "Ana", addr = Address })).ErrorCodes.ShouldBe(["NOT_FOUND"]);
        (await site.BalanceAsync(account)).ShouldBe(before);

        var check = (await specialistIII.PostGraphAsync(Refund, new { a = account, m = 20m, how = "CHECK", why = "Moved away", payee = "Ana Rivera", addr = Address }))
            .ShouldSucceed().Data.GetProperty("requestRefund");
        check.GetProperty("status").GetString().ShouldBe("POSTED");
        check.GetProperty("payee").GetString().ShouldBe("Ana Rivera");
        check.GetProperty("mailingAddress").GetString()!.ShouldContain("12 Ocean Dr");
        (await site.BalanceAsync(account)).ShouldBe(Money.Zero);

        // The credit is gone: a second refund is refused.
        (await specialistIII.PostGraphAsync(Refund, new { a = account, m = 1m, how = "CHECK", why = "x", payee = "Ana", addr = Address })).ErrorFields.ShouldBe(["amount"]);
    }

    [Fact]
    public async Task ARefundMadeOnStripesDashboardIsRecordedAndPostedOnce()
    {
        var account = (await site.AccountNumbersAsync())[23];
        var (paymentId, reference) = await site.CardPaymentLeavingCreditAsync(account, 10m);
        var before = await site.BalanceAsync(account);
        var dashboardRefund = "re_dashboard_" + Guid.NewGuid().ToString("N")[..8];

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RecordAsync(reference, dashboardRefund, 12.00m)));

        (await site.BalanceAsync(account)).ShouldBe(before + Money.Of(12.00m));
        var recorded = await site.DbAsync(db => db.Refunds.AsNoTracking().Where(r => r.PaymentId == paymentId).ToListAsync());
        recorded.Count.ShouldBe(1);
        recorded[0].GatewayReference.ShouldBe(dashboardRefund);
        recorded[0].Status.ShouldBe(RefundStatus.Posted);
        (await site.DbAsync(db => db.JournalEntries.CountAsync(e => e.IdempotencyKey == "refund:" + recorded[0].Id))).ShouldBe(1);
    }

    private async Task RecordAsync(string paymentReference, string refundReference, decimal amount)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IGatewayRefundRecorder>().RecordAsync(paymentReference, refundReference, Money.Of(amount));
    }
}
