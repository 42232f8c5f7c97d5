using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Refunds;
using UtilityPortal.Domain.Tests.Payments.Autopay;

namespace UtilityPortal.Domain.Tests.Payments.Refunds;

public sealed class RacingRefundsStayWithinTheCredit : IAsyncLifetime
{
    private static readonly Actor SpecialistTwo = new("user-specialist2", "Tess Two", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistII });

    private AutopayHarness _h = null!;

    public async Task InitializeAsync() => _h = await AutopayHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task TwoRefundsAskedAtOnceCannotTogetherTakeMoreThanTheCredit()
    {
        // Several accounts, so the two requests overlap in more than one interleaving.
        for (var round = 0; round < 4; round++)
        {
            var account = await _h.AddAccountAsync();
            await CreditAsync(account, 100m);

            var outcomes = await Task.WhenAll(TryRefundAsync(account, 60m), TryRefundAsync(account, 60m));

            outcomes.Count(o => o is null).ShouldBe(1, "one refund passes");
            var refused = outcomes.Single(o => o is not null)!;
            refused.Code.ShouldBe(ErrorCodes.Invalid);
            refused.Message.ShouldStartWith("A refund cannot be more than the account's credit balance available to refund ($40.00)");
            (await _h.BalanceAsync(account)).ShouldBe(Money.Of(-40m));
            (await _h.WithDbAsync(db => db.Refunds.CountAsync(r => r.ServiceAccountId == account.Id))).ShouldBe(1, "the refused one saved nothing");
        }
    }

    [Fact]
    public async Task RefundsThatFitTheCreditTogetherBothPass()
    {
        var account = await _h.AddAccountAsync();
        await CreditAsync(account, 100m);

        var outcomes = await Task.WhenAll(TryRefundAsync(account, 40m), TryRefundAsync(account, 60m));

        outcomes.ShouldAllBe(o => o == null);
        (await _h.BalanceAsync(account)).ShouldBe(Money.Zero);
    }

    /// <summary>A cash payment on an account that owes nothing: a credit of <paramref name="amount"/>.</summary>
    private Task<PostingOutcome> CreditAsync(ServiceAccount account, decimal amount) => _h.WithAsync<PostPayment, PostingOutcome>(post =>
        post.PostAsync(Payment.Received(account.Id, Money.Of(amount), Tender.Cash, PaymentChannel.Counter, _h.Clock.GetUtcNow(), "cashier", null), "cashier", "Cash"));

    /// <summary>A check refund in its own scope, as one web request; null when it passed, the refusal otherwise.</summary>
    private async Task<DomainException?> TryRefundAsync(ServiceAccount account, decimal amount)
    {
        try
        {
            await _h.WithAsync<RequestRefund, RefundView>(r => r.HandleAsync(SpecialistTwo, new RequestRefundInput(account.Number.Value, amount, RefundMethod.Check,
                "Overpaid", Payee: "Ana Rivera", MailingAddress: new AddressInput { Line1 = "1 Palm Ave", City = "Palm Harbor City", State = "FL", Zip = "33401" })));
            return null;
        }
        catch (DomainException ex)
        {
            return ex;
        }
    }
}
