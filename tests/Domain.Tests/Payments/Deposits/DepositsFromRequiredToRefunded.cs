using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Tests.Payments.Lockbox;

namespace UtilityPortal.Domain.Tests.Payments.Deposits;

public sealed class DepositsFromRequiredToRefunded : IAsyncLifetime
{
    private PaymentsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PaymentsDatabase.CreateAsync();

    private Task<DepositView> RequireAsync(ServiceAccount account) =>
        _db.RunAsync<RequireDeposit, DepositView>(u => u.HandleAsync(PaymentsDatabase.Specialist, new RequireDepositInput(account.Number.Value)));

    private Task<DepositView> HoldAsync(ServiceAccount account) =>
        _db.RunAsync<HoldDeposit, DepositView>(u => u.HandleAsync(PaymentsDatabase.Specialist, new HoldDepositInput(account.Number.Value)));

    [Theory]
    [InlineData(PremiseClass.Residential, "5/8", 150.00)]
    [InlineData(PremiseClass.Residential, "1", 250.00)]
    [InlineData(PremiseClass.Commercial, "2", 1400.00)]
    public async Task TheDepositBillAsksWhatTheScheduleSetsForTheClassAndMeterSize(PremiseClass premiseClass, string size, decimal expected)
    {
        var account = await _db.AddAccountAsync(AccountStatus.Pending, premiseClass, size);

        var deposit = await RequireAsync(account);

        deposit.Status.ShouldBe(DepositStatus.Billed);
        deposit.Required.ShouldBe(Money.Of(expected));
        deposit.BillStatus.ShouldBe(BillStatus.Posted);
        deposit.Balance.ShouldBe(Money.Of(expected));
        deposit.Held.ShouldBe(Money.Zero);
        var bill = await _db.WithDbAsync(db => db.Bills.AsNoTracking().SingleAsync(b => b.Id == deposit.BillId));
        bill.Kind.ShouldBe(BillKind.Deposit);
        await Should.ThrowAsync<DomainException>(() => RequireAsync(account));
    }

    [Fact]
    public async Task APaidDepositIsHeldApartFromTheBalance()
    {
        var account = await _db.AddAccountAsync(AccountStatus.Pending);
        await RequireAsync(account);

        await _db.PayAtCounterAsync(account.Id, 100m);
        (await HoldAsync(account)).Status.ShouldBe(DepositStatus.Billed); // 50.00 still owed: not held yet

        await _db.PayAtCounterAsync(account.Id, 50m);
        var held = await HoldAsync(account);
        var again = await HoldAsync(account);

        held.Status.ShouldBe(DepositStatus.Held);
        held.Held.ShouldBe(Money.Of(150m));
        held.Balance.ShouldBe(Money.Zero);
        again.Held.ShouldBe(Money.Of(150m));
        (await _db.LedgerAsync(account.Id)).ShouldBe((Money.Zero, Money.Of(150m)));
    }

    [Fact]
    public async Task AtCloseTheFinalBillAppliesTheDepositAndTheRemainderIsRefundedOnce()
    {
        // Refuse service only: no meter reads are needed for the final bill.
        var account = await _db.AddAccountAsync(AccountStatus.Pending, meterSize: null, services: UtilityServices.Refuse);
        await RequireAsync(account);
        await _db.PayAtCounterAsync(account.Id, 150m);
        await HoldAsync(account);
        await _db.WithDbAsync(async db =>
        {
            var stored = await db.ServiceAccounts.SingleAsync(a => a.Id == account.Id);
            stored.Activate();
            return await db.SaveChangesAsync();
        });

        var final = await _db.RunAsync<PrepareBill, BillSummary>(p => p.HandleAsync(PaymentsDatabase.Specialist,
            new PrepareBillInput(account.Number.Value, BillKind.Final, MoveOutDate: PaymentsDatabase.Today)));
        await _db.RunAsync<IssueBill, BillSummary>(i => i.HandleAsync(PaymentsDatabase.Specialist, new IssueBillInput(final.Id)));
        var closed = await _db.RunAsync<DepositSection, DepositView>(s => s.GetAsync(PaymentsDatabase.Specialist, account.Number.Value));
        closed.Applied.ShouldBe(Money.Of(150m));
        closed.Held.ShouldBe(Money.Zero);
        var credit = -closed.Balance;
        credit.IsPositive.ShouldBeTrue();
        closed.CanRefund.ShouldBeTrue();

        await Should.ThrowAsync<DomainException>(() => _db.RunAsync<RefundRemainingCredit, DepositView>(r =>
            r.HandleAsync(PaymentsDatabase.Specialist, new RefundRemainingCreditInput(account.Number.Value))));
        var refunded = await _db.RunAsync<RefundRemainingCredit, DepositView>(r =>
            r.HandleAsync(PaymentsDatabase.SpecialistTwo, new RefundRemainingCreditInput(account.Number.Value)));
        var twice = await Should.ThrowAsync<DomainException>(() => _db.RunAsync<RefundRemainingCredit, DepositView>(r =>
            r.HandleAsync(PaymentsDatabase.SpecialistTwo, new RefundRemainingCreditInput(account.Number.Value))));

        refunded.Refunded.ShouldBe(credit);
        refunded.Balance.ShouldBe(Money.Zero);
        refunded.CanRefund.ShouldBeFalse();
        twice.Code.ShouldBe(ErrorCodes.Conflict);
        (await _db.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.ServiceAccountId == account.Id && e.Kind == EntryKind.Refund))).ShouldBe(1);
    }

    [Fact]
    public async Task OnlyASupervisorWaivesAndTheDepositBillIsCancelled()
    {
        var account = await _db.AddAccountAsync(AccountStatus.Pending);
        await RequireAsync(account);

        var refused = await Should.ThrowAsync<DomainException>(() => _db.RunAsync<WaiveDeposit, DepositView>(w =>
            w.HandleAsync(PaymentsDatabase.SpecialistTwo, new WaiveDepositInput(account.Number.Value, "Long-time customer"))));
        var noReason = await Should.ThrowAsync<DomainException>(() => _db.RunAsync<WaiveDeposit, DepositView>(w =>
            w.HandleAsync(PaymentsDatabase.Supervisor, new WaiveDepositInput(account.Number.Value, " "))));
        var waived = await _db.RunAsync<WaiveDeposit, DepositView>(w =>
            w.HandleAsync(PaymentsDatabase.Supervisor, new WaiveDepositInput(account.Number.Value, "Long-time customer with good credit")));

        refused.Code.ShouldBe(ErrorCodes.Forbidden);
        noReason.Errors[0].Field.ShouldBe("reason");
        waived.Status.ShouldBe(DepositStatus.Waived);
        waived.WaiverReason.ShouldBe("Long-time customer with good credit");
        waived.WaivedBy.ShouldBe("Sue Supervisor");
        waived.BillStatus.ShouldBe(BillStatus.Cancelled);
        waived.Balance.ShouldBe(Money.Zero);
        (await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "WaiveDeposit"))).ShouldBe(1);
    }

    [Fact]
    public async Task AHeldDepositCannotBeWaived()
    {
        var account = await _db.AddAccountAsync(AccountStatus.Pending);
        await RequireAsync(account);
        await _db.PayAtCounterAsync(account.Id, 150m);
        await HoldAsync(account);

        var error = await Should.ThrowAsync<DomainException>(() => _db.RunAsync<WaiveDeposit, DepositView>(w =>
            w.HandleAsync(PaymentsDatabase.Supervisor, new WaiveDepositInput(account.Number.Value, "Changed our mind"))));

        error.Code.ShouldBe(ErrorCodes.Conflict);
        (await _db.LedgerAsync(account.Id)).Deposit.ShouldBe(Money.Of(150m));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
