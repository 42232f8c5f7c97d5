using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Tests.Payments.Autopay;

public sealed class AutopayChargesOnTheDueDate : IAsyncLifetime
{
    private AutopayHarness _h = null!;

    public async Task InitializeAsync() => _h = await AutopayHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ABillIsChargedOnItsDueDateAndPostedOnce()
    {
        var account = await _h.AddAccountAsync();
        await _h.EnrolAsync(account);
        var bill = await _h.PostBillAsync(account);
        bill.DueOn.ShouldBe(AutopayHarness.DueOn);

        (await _h.RunAutopayAsync()).ShouldBe(0, "two days before the due date nothing is charged");
        _h.Gateway.Charges.ShouldBeEmpty();

        _h.Clock.Advance(TimeSpan.FromDays(2));
        (await _h.RunAutopayAsync()).ShouldBe(1);
        (await _h.RunAutopayAsync()).ShouldBe(0, "the next round finds the bill charged");

        var charge = _h.Gateway.Charges.ShouldHaveSingleItem();
        charge.IdempotencyKey.ShouldBe($"autopay:{bill.Id}");
        charge.Amount.ShouldBe(bill.TotalDue);
        charge.PaymentMethodReference.ShouldBe("pm_ok");
        var payment = (await _h.PaymentsAsync(account)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Posted);
        payment.Channel.ShouldBe(PaymentChannel.Autopay);
        payment.Tender.ShouldBe(Tender.Card);
        payment.GatewayReference.ShouldBe($"pi_autopay_{bill.Id}");
        charge.PaymentId.ShouldBe(payment.Id);
        (await _h.BalanceAsync(account)).ShouldBe(Money.Zero, "the bill is paid");
    }

    [Fact]
    public async Task TwoWorkersRacingChargeTheBillOnce()
    {
        var account = await _h.AddAccountAsync();
        await _h.EnrolAsync(account);
        var bill = await _h.PostBillAsync(account);
        _h.Clock.Advance(TimeSpan.FromDays(2));
        _h.Gateway.Delay = TimeSpan.FromMilliseconds(100);

        var rounds = await Task.WhenAll(_h.RunAutopayAsync("node-a"), _h.RunAutopayAsync("node-b"));

        rounds.Sum().ShouldBe(1, "one node wins the claim");
        _h.Gateway.Charges.ShouldHaveSingleItem().IdempotencyKey.ShouldBe($"autopay:{bill.Id}");
        (await _h.PaymentsAsync(account)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Posted);
        (await _h.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.ServiceAccountId == account.Id && e.Kind == EntryKind.Payment))).ShouldBe(1);
        (await _h.BalanceAsync(account)).ShouldBe(Money.Zero);
    }

    [Fact]
    public async Task AClaimLeftByADeadWorkerIsTakenOverUnderTheSameKeyAndPostsOnce()
    {
        var account = await _h.AddAccountAsync();
        await _h.EnrolAsync(account);
        var bill = await _h.PostBillAsync(account);
        _h.Clock.Advance(TimeSpan.FromDays(2));
        _h.Gateway.Answer = _ => throw new HttpRequestException("The node lost the network mid-charge.");

        await Should.ThrowAsync<HttpRequestException>(() => _h.RunAutopayAsync("node-a"));
        (await _h.RunAutopayAsync("node-b")).ShouldBe(0, "the claim holds until it lapses");

        _h.Gateway.Answer = charge => new GatewayOutcome.Succeeded("pi_same");
        _h.Clock.Advance(new AutopayOptions().ClaimTimeout + TimeSpan.FromSeconds(1));
        (await _h.RunAutopayAsync("node-b")).ShouldBe(1);

        _h.Gateway.Charges.Select(c => c.IdempotencyKey).ShouldBe([$"autopay:{bill.Id}", $"autopay:{bill.Id}"],
            "the gateway answers a repeated key with the first charge, so the customer pays once");
        _h.Gateway.Charges.Select(c => c.PaymentId).Distinct().Count().ShouldBe(1);
        (await _h.PaymentsAsync(account)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Posted);
        (await _h.BalanceAsync(account)).ShouldBe(Money.Zero);
        var saved = await _h.WithDbAsync(db => db.AutopayCharges.AsNoTracking().SingleAsync());
        saved.Status.ShouldBe(AutopayChargeStatus.Succeeded);
        saved.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task ABankDebitStillProcessingStaysPendingForTheWebhook()
    {
        var account = await _h.AddAccountAsync();
        await _h.EnrolAsync(account, method: Tender.BankAccount);
        var bill = await _h.PostBillAsync(account);
        _h.Clock.Advance(TimeSpan.FromDays(2));
        _h.Gateway.Answer = _ => new GatewayOutcome.Processing("pi_bank");

        (await _h.RunAutopayAsync()).ShouldBe(1);
        (await _h.RunAutopayAsync()).ShouldBe(0);

        var payment = (await _h.PaymentsAsync(account)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.Tender.ShouldBe(Tender.BankAccount);
        payment.GatewayReference.ShouldBe("pi_bank");
        (await _h.BalanceAsync(account)).ShouldBe(bill.TotalDue, "nothing reaches the ledger until the bank confirms");
    }

    [Fact]
    public async Task OnlyWhatIsStillOwedIsChargedAndAPaidBillIsNotCharged()
    {
        var partly = await _h.AddAccountAsync();
        var paid = await _h.AddAccountAsync();
        await _h.EnrolAsync(partly);
        await _h.EnrolAsync(paid);
        var partlyBill = await _h.PostBillAsync(partly);
        var paidBill = await _h.PostBillAsync(paid);
        await PayAtTheCounterAsync(partly, Money.Of(20m));
        await PayAtTheCounterAsync(paid, paidBill.TotalDue);
        _h.Clock.Advance(TimeSpan.FromDays(2));

        (await _h.RunAutopayAsync()).ShouldBe(1);

        _h.Gateway.Charges.ShouldHaveSingleItem().Amount.ShouldBe(partlyBill.TotalDue - Money.Of(20m));
        var charges = await _h.WithDbAsync(db => db.AutopayCharges.AsNoTracking().ToListAsync());
        charges.Single(c => c.BillId == paidBill.Id).Status.ShouldBe(AutopayChargeStatus.NothingOwed);
        (await _h.BalanceAsync(partly)).ShouldBe(Money.Zero);
    }

    [Fact]
    public async Task BillsDueBeforeEnrolmentOrAfterCancellingAreNotCharged()
    {
        var early = await _h.AddAccountAsync();
        await _h.PostBillAsync(early, issuedOn: new DateOnly(2026, 10, 1));
        await _h.EnrolAsync(early);
        var cancelled = await _h.AddAccountAsync();
        await _h.EnrolAsync(cancelled);
        await _h.PostBillAsync(cancelled);
        await _h.WithAsync<CancelAutopay, int>(async c =>
        {
            await c.HandleAsync(AutopayHarness.Staff, cancelled.Number.Value);
            return 0;
        });
        _h.Clock.Advance(TimeSpan.FromDays(2));

        (await _h.RunAutopayAsync()).ShouldBe(0);

        _h.Gateway.Charges.ShouldBeEmpty("the October bill fell due before autopay was on, and the other account turned it off");
        (await _h.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "AutopayCancelled"))).ShouldBe(1);
    }

    [Fact]
    public async Task OneActiveEnrolmentPerAccount()
    {
        var account = await _h.AddAccountAsync();
        await _h.EnrolAsync(account);

        var refused = await Should.ThrowAsync<DomainException>(() => _h.EnrolAsync(account));

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        (await _h.WithDbAsync(db => db.AutopayEnrollments.CountAsync())).ShouldBe(1, "nothing is saved for the refused one");
    }

    private Task<int> PayAtTheCounterAsync(Domain.Accounts.ServiceAccount account, Money amount) => _h.WithAsync<PostPayment, int>(async post =>
    {
        await post.PostAsync(Payment.Received(account.Id, amount, Tender.Cash, PaymentChannel.Counter, _h.Clock.GetUtcNow(), "cashier", null), "cashier", "Cash");
        return 0;
    });
}
