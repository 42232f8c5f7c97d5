using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Domain.Tests.Service.Lifecycle;

public sealed class IllegalServiceChangesAreRefused : IAsyncLifetime
{
    private LifecycleHarness _h = null!;

    public async Task InitializeAsync() => _h = await LifecycleHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData(AccountStatus.Closed, "already stopped")]
    [InlineData(AccountStatus.FinalBilled, "already stopped")]
    [InlineData(AccountStatus.Pending, "not started yet")]
    public async Task OnlyAnActiveAccountStops(AccountStatus status, string message)
    {
        var account = await _h.AddAccountAsync(status);

        var error = await Should.ThrowAsync<DomainException>(() => StopAsync(account.Number.Value));

        error.Code.ShouldBe(ErrorCodes.Conflict);
        error.Message.ShouldContain(message);
        error.Errors[0].Field.ShouldBe("AccountNumber");
        await NothingRequestedAsync();
    }

    [Fact]
    public async Task AnAccountStopsOnceAtATime()
    {
        var account = await _h.AddAccountAsync();
        await StopAsync(account.Number.Value);

        var error = await Should.ThrowAsync<DomainException>(() => StopAsync(account.Number.Value));

        error.Message.ShouldContain("already under way");
        (await _h.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(-1, "past")]
    [InlineData(91, "within 90 days")]
    public async Task DatesInThePastOrTooFarAheadAreRefused(int days, string message)
    {
        var account = await _h.AddAccountAsync();
        var premise = await _h.AddPremiseAsync();
        var day = LifecycleHarness.Today.AddDays(days);

        var stop = await Should.ThrowAsync<DomainException>(() => StopAsync(account.Number.Value, day));
        var start = await Should.ThrowAsync<DomainException>(() => StartAsync(premise.ParcelId, day));

        stop.Message.ShouldContain(message);
        stop.Errors[0].Field.ShouldBe("StopDate");
        start.Errors[0].Field.ShouldBe("StartDate");
        await NothingRequestedAsync();
    }

    [Fact]
    public async Task StartingWhereServiceIsActiveOrAboutToStartIsRefused()
    {
        var active = await _h.AddAccountAsync();
        var activePremise = await _h.WithDbAsync(db => db.Premises.SingleAsync(p => p.Id == active.PremiseId));
        var free = await _h.AddPremiseAsync();
        await StartAsync(free.ParcelId);

        var onActive = await Should.ThrowAsync<DomainException>(() => StartAsync(activePremise.ParcelId));
        var onPending = await Should.ThrowAsync<DomainException>(() => StartAsync(free.ParcelId));
        var unknown = await Should.ThrowAsync<DomainException>(() => StartAsync("99-9999-999-9999"));

        onActive.Code.ShouldBe(ErrorCodes.Conflict);
        onPending.Code.ShouldBe(ErrorCodes.Conflict);
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
        unknown.Errors[0].Field.ShouldBe("Premise");
        (await _h.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task ATransferToTheSamePremiseIsRefused()
    {
        var account = await _h.AddAccountAsync();
        var premise = await _h.WithDbAsync(db => db.Premises.SingleAsync(p => p.Id == account.PremiseId));

        var error = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RequestTransferService, ServiceChangeView>(u =>
            u.HandleAsync(LifecycleHarness.Specialist, new TransferServiceInput(account.Number.Value, premise.ParcelId, LifecycleHarness.Today, DepositAccepted: true))));

        error.Errors[0].Field.ShouldBe("ToPremise");
        await NothingRequestedAsync();
    }

    [Fact]
    public async Task AResidentStopsOnlyTheirOwnAccountAndCannotWaiveTheDeposit()
    {
        var someoneElses = await _h.AddAccountAsync();
        var premise = await _h.AddPremiseAsync();

        var stop = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Resident,
            new StopServiceInput(someoneElses.Number.Value, LifecycleHarness.Today, LifecycleHarness.Forwarding))));
        var waive = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RequestStartService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Resident,
            new StartServiceInput(premise.ParcelId, LifecycleHarness.Today, NewCustomerName: "Rita Resident", DepositWaiverReason: "Please"))));
        var noDeposit = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RequestStartService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Resident,
            new StartServiceInput(premise.ParcelId, LifecycleHarness.Today, NewCustomerName: "Rita Resident"))));

        stop.Code.ShouldBe(ErrorCodes.NotFound);
        waive.Code.ShouldBe(ErrorCodes.Forbidden);
        noDeposit.Errors[0].Field.ShouldBe("DepositAccepted");
        await NothingRequestedAsync();
    }

    [Fact]
    public async Task AStopWithoutForwardingAddressIsRefused()
    {
        var account = await _h.AddAccountAsync();

        var error = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StopServiceInput(account.Number.Value, LifecycleHarness.Today, new AddressInput()))));

        error.Errors[0].Field.ShouldBe("ForwardingAddress.Line1");
        await NothingRequestedAsync();
    }

    [Fact]
    public async Task ATurnOffClosedWithoutAFinalReadIsRefusedAndNothingChanges()
    {
        var account = await _h.AddAccountAsync();
        var change = await StopAsync(account.Number.Value);

        var error = await Should.ThrowAsync<DomainException>(() => _h.CompleteAsync(change.TurnOffOrderId));

        error.Message.ShouldContain("final read");
        var order = await _h.WithDbAsync(db => db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == change.TurnOffOrderId));
        order.IsOpen.ShouldBeTrue();
        (await _h.LedgerAsync(account.Id)).Status.ShouldBe(AccountStatus.Active);
        (await _h.ViewAsync(change.Id)).State.ShouldBe(ServiceChangeState.Requested);
    }

    [Fact]
    public async Task AVisitNotDoneWaitsForTheNextCrewAndACancelWithdrawsThePendingAccount()
    {
        var premise = await _h.AddPremiseAsync();
        var change = await StartAsync(premise.ParcelId);

        await _h.CompleteAsync(change.TurnOnOrderId, WorkOrderResult.NotDone, "Curb stop buried under a new driveway");
        var waiting = await _h.ViewAsync(change.Id);
        waiting.State.ShouldBe(ServiceChangeState.Requested);
        waiting.FieldNote.ShouldNotBeNull().ShouldContain("driveway");
        waiting.TurnOnOrderId.ShouldBeNull();

        var again = await _h.RunAsync<RedispatchServiceChange, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist, new RedispatchServiceChangeInput(change.Id)));
        again.TurnOnOrderId.ShouldNotBeNull();
        var twice = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<RedispatchServiceChange, ServiceChangeView>(u =>
            u.HandleAsync(LifecycleHarness.Specialist, new RedispatchServiceChangeInput(change.Id))));
        twice.Code.ShouldBe(ErrorCodes.Conflict);

        var noReason = await Should.ThrowAsync<DomainException>(() => CancelAsync(change.Id, " "));
        noReason.Errors[0].Field.ShouldBe("reason");
        var cancelled = await CancelAsync(change.Id, "Customer found another place");
        cancelled.State.ShouldBe(ServiceChangeState.Cancelled);
        var order = await _h.WithDbAsync(db => db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == again.TurnOnOrderId));
        order.Status.ShouldBe(WorkOrderStatus.Cancelled);
        var account = await _h.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().SingleAsync(a => a.PremiseId == premise.Id));
        account.Status.ShouldBe(AccountStatus.Closed);

        (await Should.ThrowAsync<DomainException>(() => CancelAsync(change.Id, "Again"))).Code.ShouldBe(ErrorCodes.Conflict);
        (await Should.ThrowAsync<DomainException>(() => _h.ReadAsync(change.Id, WorkOrderType.TurnOn, 5))).Code.ShouldBe(ErrorCodes.Conflict);
        // The premise is free again.
        (await StartAsync(premise.ParcelId)).State.ShouldBe(ServiceChangeState.Requested);
    }

    [Fact]
    public async Task EveryIllegalTransitionOfTheChangeIsRefused()
    {
        var at = LifecycleHarness.Now;
        var address = PostalAddress.Create("1 Main St", null, "Palm Harbor City", "FL", "33401");
        var stop = ServiceChange.Stop(Guid.NewGuid(), Guid.NewGuid(), LifecycleHarness.Today, address, at, "s");
        var start = ServiceChange.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), LifecycleHarness.Today, null, at, "s");

        Should.Throw<DomainException>(() => stop.MarkStarted(LifecycleHarness.Today, null, at)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => start.MarkStopped(LifecycleHarness.Today, Guid.NewGuid(), Money.Zero, at)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => stop.RecordRegister(WorkOrderType.TurnOn, 1)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => start.RecordRegister(WorkOrderType.TurnOn, -1)).Code.ShouldBe(ErrorCodes.Invalid);

        start.MarkStarted(LifecycleHarness.Today, null, at);
        start.State.ShouldBe(ServiceChangeState.Completed);
        Should.Throw<DomainException>(() => start.MarkStarted(LifecycleHarness.Today, null, at)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => start.Cancel("late", "s", at)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => start.RecordRegister(WorkOrderType.TurnOn, 1)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => start.NoteFieldWorkNotDone(WorkOrderType.TurnOn, "x")).Code.ShouldBe(ErrorCodes.Conflict);

        stop.Cancel("Moving later", "s", at);
        Should.Throw<DomainException>(() => stop.MarkStopped(LifecycleHarness.Today, Guid.NewGuid(), Money.Zero, at)).Code.ShouldBe(ErrorCodes.Conflict);
        Should.Throw<DomainException>(() => stop.Cancel("again", "s", at)).Code.ShouldBe(ErrorCodes.Conflict);
    }

    private Task<ServiceChangeView> StopAsync(string number, DateOnly? day = null) =>
        _h.RunAsync<RequestStopService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StopServiceInput(number, day ?? LifecycleHarness.Today, LifecycleHarness.Forwarding)));

    private Task<ServiceChangeView> StartAsync(string premise, DateOnly? day = null) =>
        _h.RunAsync<RequestStartService, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist,
            new StartServiceInput(premise, day ?? LifecycleHarness.Today, DepositAccepted: true, NewCustomerName: "Nora Newcomer")));

    private Task<ServiceChangeView> CancelAsync(Guid id, string reason) =>
        _h.RunAsync<CancelServiceChange, ServiceChangeView>(u => u.HandleAsync(LifecycleHarness.Specialist, new CancelServiceChangeInput(id, reason)));

    private async Task NothingRequestedAsync()
    {
        (await _h.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(0);
        (await _h.WithDbAsync(db => db.WorkOrders.CountAsync())).ShouldBe(0);
    }
}
