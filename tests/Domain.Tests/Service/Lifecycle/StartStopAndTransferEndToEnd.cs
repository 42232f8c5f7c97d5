using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Domain.Tests.Service.Lifecycle;

public sealed class StartStopAndTransferEndToEnd : IAsyncLifetime
{
    private LifecycleHarness _h = null!;

    public async Task InitializeAsync() => _h = await LifecycleHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task AStartOpensTheAccountWithItsDepositBillWhenTheCrewTurnsTheWaterOn()
    {
        var premise = await _h.AddPremiseAsync();

        var change = await _h.RunAsync<RequestStartService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StartServiceInput(premise.ParcelId, LifecycleHarness.Today, AccountRole.Tenant, DepositAccepted: true, NewCustomerName: "Nora Newcomer")));
        var pending = await AccountAsync(change.ToAccountNumber!);
        pending.Status.ShouldBe(AccountStatus.Pending);
        change.TurnOnOrderId.ShouldNotBeNull();

        await _h.ReadAsync(change.Id, WorkOrderType.TurnOn, 10_050);
        await _h.CompleteAsync(change.TurnOnOrderId);

        var done = await _h.ViewAsync(change.Id);
        done.State.ShouldBe(ServiceChangeState.Completed);
        done.StartedOn.ShouldBe(LifecycleHarness.Today);
        var ledger = await _h.LedgerAsync(pending.Id);
        ledger.Status.ShouldBe(AccountStatus.Active);
        ledger.Balance.ShouldBe(Money.Of(150m)); // the demo schedule's residential 5/8" deposit
        var depositBill = await _h.WithDbAsync(db => db.Bills.AsNoTracking().SingleAsync(b => b.Id == done.DepositBillId));
        depositBill.Kind.ShouldBe(BillKind.Deposit);
        depositBill.Status.ShouldBe(BillStatus.Posted);
        var requirement = await _h.WithDbAsync(db => db.DepositRequirements.AsNoTracking().SingleAsync(d => d.ServiceAccountId == pending.Id));
        requirement.Status.ShouldBe(DepositStatus.Billed);
        (await _h.WithDbAsync(db => db.MeterReads.CountAsync(r => r.RegisterValue == 10_050))).ShouldBe(1);
        // The first usage bill is the next run's: an active account opened inside the period gets its prorated initial bill there.
        (await _h.WithDbAsync(db => db.Bills.CountAsync(b => b.ServiceAccountId == pending.Id && b.Kind != BillKind.Deposit))).ShouldBe(0);
    }

    [Fact]
    public async Task AStopFinalBillsOnTheCrewsReadAppliesTheDepositAndRefundsTheRestOnce()
    {
        var account = await _h.AddAccountAsync();
        await _h.HoldDepositAsync(account);

        var change = await _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StopServiceInput(account.Number.Value, LifecycleHarness.Today, LifecycleHarness.Forwarding)));
        await _h.ReadAsync(change.Id, WorkOrderType.TurnOff, LifecycleHarness.OpeningRegister + 3_000);
        await _h.CompleteAsync(change.TurnOffOrderId);

        var done = await _h.ViewAsync(change.Id);
        var final = await _h.WithDbAsync(db => db.Bills.AsNoTracking().SingleAsync(b => b.Id == done.FinalBillId));
        final.Kind.ShouldBe(BillKind.Final);
        final.Status.ShouldBe(BillStatus.Posted);
        final.WaterGallons.ShouldBe(3_000);
        final.DepositApplied.ShouldBe(Money.Of(-150m));
        final.CurrentCharges.IsPositive.ShouldBeTrue();
        final.CurrentCharges.ShouldBeLessThan(Money.Of(150m));
        done.State.ShouldBe(ServiceChangeState.Completed);
        done.Refunded.ShouldBe(Money.Of(150m) - final.CurrentCharges);

        var ledger = await _h.LedgerAsync(account.Id);
        ledger.Status.ShouldBe(AccountStatus.Closed);
        ledger.Balance.ShouldBe(Money.Zero);
        ledger.Deposit.ShouldBe(Money.Zero);
        ledger.Entries.Count(e => e.Kind == EntryKind.DepositApplication).ShouldBe(1);
        ledger.Entries.Single(e => e.Kind == EntryKind.Refund).Amount.ShouldBe(done.Refunded);

        // The specialist's refund uses the same key: the credit is never refunded twice.
        var again = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RefundRemainingCredit, DepositView>(r =>
            r.HandleAsync(LifecycleHarness.SpecialistTwo, new RefundRemainingCreditInput(account.Number.Value))));
        again.Code.ShouldBe(ErrorCodes.Conflict);
        (await _h.LedgerAsync(account.Id)).Entries.Count(e => e.Kind == EntryKind.Refund).ShouldBe(1);
    }

    [Fact]
    public async Task AFinalBillAboveTheDepositLeavesTheAccountFinalBilledAndOwing()
    {
        var account = await _h.AddAccountAsync();
        await _h.HoldDepositAsync(account);
        var change = await _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StopServiceInput(account.Number.Value, LifecycleHarness.Today, LifecycleHarness.Forwarding)));

        await _h.ReadAsync(change.Id, WorkOrderType.TurnOff, LifecycleHarness.OpeningRegister + 40_000);
        await _h.CompleteAsync(change.TurnOffOrderId);

        var done = await _h.ViewAsync(change.Id);
        var final = await _h.WithDbAsync(db => db.Bills.AsNoTracking().SingleAsync(b => b.Id == done.FinalBillId));
        var ledger = await _h.LedgerAsync(account.Id);
        ledger.Status.ShouldBe(AccountStatus.FinalBilled);
        ledger.Balance.ShouldBe(final.CurrentCharges - Money.Of(150m));
        ledger.Balance.IsPositive.ShouldBeTrue();
        done.Refunded.ShouldBe(Money.Zero);
        ledger.Entries.ShouldNotContain(e => e.Kind == EntryKind.Refund);
    }

    [Fact]
    public async Task ADepositNeverPaidIsCancelledAtTheStop()
    {
        var account = await _h.AddAccountAsync();
        await _h.RunAsync<RequireDeposit, DepositView>(u => u.HandleAsync(LifecycleHarness.Specialist, new RequireDepositInput(account.Number.Value)));
        var change = await _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StopServiceInput(account.Number.Value, LifecycleHarness.Today, LifecycleHarness.Forwarding)));

        await _h.ReadAsync(change.Id, WorkOrderType.TurnOff, LifecycleHarness.OpeningRegister + 3_000);
        await _h.CompleteAsync(change.TurnOffOrderId);

        var final = await _h.WithDbAsync(db => db.Bills.AsNoTracking().SingleAsync(b => b.ServiceAccountId == account.Id && b.Kind == BillKind.Final));
        var ledger = await _h.LedgerAsync(account.Id);
        ledger.Balance.ShouldBe(final.CurrentCharges); // only the water used is owed
        var deposit = await _h.RunAsync<DepositSection, DepositView>(s => s.GetAsync(LifecycleHarness.Specialist, account.Number.Value));
        deposit.Status.ShouldBe(DepositStatus.Waived);
        deposit.BillStatus.ShouldBe(BillStatus.Cancelled);
    }

    [Fact]
    public async Task ATransferFinalsTheOldAccountAndOpensTheNextForTheSameCustomer()
    {
        var from = await _h.AddAccountAsync(residentId: LifecycleHarness.Resident.UserId);
        await _h.HoldDepositAsync(from);
        var premise = await _h.AddPremiseAsync();

        var change = await _h.RunAsync<RequestTransferService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Resident,
            new TransferServiceInput(from.Number.Value, premise.ServiceAddress.Line1.ToUpperInvariant(), LifecycleHarness.Today, DepositAccepted: true)));
        change.Kind.ShouldBe(ServiceChangeKind.Transfer);
        change.ForwardingAddress.ShouldBe(premise.ServiceAddress);

        await _h.ReadAsync(change.Id, WorkOrderType.TurnOff, LifecycleHarness.OpeningRegister + 2_000);
        await _h.CompleteAsync(change.TurnOffOrderId);
        var halfway = await _h.ViewAsync(change.Id);
        halfway.State.ShouldBe(ServiceChangeState.Requested);
        halfway.StoppedOn.ShouldBe(LifecycleHarness.Today);
        await Should.ThrowAsync<DomainException>(() => _h.RunAsync<CancelServiceChange, ServiceChangeView>(u =>
            u.HandleAsync(LifecycleHarness.Specialist, new CancelServiceChangeInput(change.Id, "Changed plans"))));

        await _h.CompleteAsync(change.TurnOnOrderId);

        var done = await _h.ViewAsync(change.Id);
        done.State.ShouldBe(ServiceChangeState.Completed);
        // The resident followed it as one service request, resolved when the second crew was done.
        var request = await _h.WithDbAsync(db => db.ServiceChanges.Where(c => c.Id == change.Id)
            .Join(db.ServiceRequests, c => c.ServiceRequestId, r => r.Id, (c, r) => new { r.Type, r.Status }).SingleAsync());
        request.Type.ShouldBe(ServiceRequestType.TransferService);
        request.Status.ShouldBe(ServiceRequestStatus.Resolved);
        var old = await _h.LedgerAsync(from.Id);
        old.Status.ShouldBe(AccountStatus.Closed);
        old.Balance.ShouldBe(Money.Zero);
        old.Entries.Count(e => e.Kind == EntryKind.Refund).ShouldBe(1);
        var next = await AccountAsync(done.ToAccountNumber!);
        next.CustomerId.ShouldBe(from.CustomerId);
        next.PremiseId.ShouldBe(premise.Id);
        (await _h.LedgerAsync(next.Id)).Status.ShouldBe(AccountStatus.Active);
        (await _h.LedgerAsync(next.Id)).Balance.ShouldBe(Money.Of(150m));
        // The resident sees the new account at once.
        (await _h.WithDbAsync(db => db.AccountLinks.AnyAsync(l => l.UserId == LifecycleHarness.Resident.UserId && l.ServiceAccountId == next.Id))).ShouldBeTrue();
    }

    [Fact]
    public async Task ASupervisorsWaiverOpensTheAccountWithoutADeposit()
    {
        var existing = await _h.AddAccountAsync();
        var premise = await _h.AddPremiseAsync();

        var change = await _h.RunAsync<RequestStartService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Supervisor,
            new StartServiceInput(premise.ParcelId, LifecycleHarness.Today.AddDays(3), AccountRole.Owner, CustomerAccountNumber: existing.Number.Value,
                DepositWaiverReason: "Letter of credit from the previous utility")));
        await _h.CompleteAsync(change.TurnOnOrderId);

        var done = await _h.ViewAsync(change.Id);
        done.Deposit.ShouldBe(DepositDecision.Waived);
        done.DepositBillId.ShouldBeNull();
        var next = await AccountAsync(done.ToAccountNumber!);
        next.CustomerId.ShouldBe(existing.CustomerId);
        var ledger = await _h.LedgerAsync(next.Id);
        ledger.Status.ShouldBe(AccountStatus.Active);
        ledger.Balance.ShouldBe(Money.Zero);
        var deposit = await _h.RunAsync<DepositSection, DepositView>(s => s.GetAsync(LifecycleHarness.Specialist, next.Number.Value));
        deposit.Status.ShouldBe(DepositStatus.Waived);
    }

    private Task<ServiceAccount> AccountAsync(string number) =>
        _h.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().SingleAsync(a => a.Number == AccountNumber.Parse(number, "n")));
}
