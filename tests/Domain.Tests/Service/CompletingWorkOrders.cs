using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Service.ServiceHarness;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>
/// Completing an order posts its rate schedule fees once, runs the completion handlers in the same transaction,
/// resolves the request when it was the last open order, and refuses a close without a result code.
/// </summary>
public sealed class CompletingWorkOrders : IAsyncLifetime
{
    private readonly RecordingHandler _handler = new();
    private ServiceHarness _h = null!;

    public async Task InitializeAsync() => _h = await CreateAsync(s => s.AddSingleton<IWorkOrderCompletedHandler>(_handler));

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task TheFieldVisitFee_IsChargedOnceAtTheScheduleAmount_AndTheRequestIsResolved()
    {
        var (account, request, order) = await DispatchedAsync(WorkOrderType.ReRead);

        await CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.ReadConfirmed, "Read 04512 matches", [FieldFees.FieldVisit]));
        var again = await Should.ThrowAsync<DomainException>(() =>
            CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.ReadConfirmed, null, [FieldFees.FieldVisit])));

        again.Message.ShouldBe("This work order is completed and cannot be completed.");
        var charges = await _h.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account).ToListAsync());
        var fee = charges.ShouldHaveSingleItem();
        fee.Amount.ShouldBe(Money.Of(20m));
        fee.Kind.ShouldBe(EntryKind.Charge);
        fee.IdempotencyKey.ShouldBe(FieldFees.Key(order.Id, FieldFees.FieldVisit));
        fee.Description.ShouldBe("Field visit fee (ReRead work order)");
        var resolved = await _h.RequestAsync(request);
        resolved.Status.ShouldBe(ServiceRequestStatus.Resolved);
        resolved.Outcome.ShouldBe("ReRead: ReadConfirmed. Read 04512 matches");
        _handler.Seen.ShouldBe([(order.Id, FieldResultCode.ReadConfirmed)]);
        var detail = await _h.RunAsync<WorkOrderDispatch, WorkOrderDetail>(d => d.DetailAsync(Specialist, order.Id));
        detail.Charges.ShouldHaveSingleItem().Amount.ShouldBe(Money.Of(20m));
        detail.ServiceRequestNumber.ShouldBe(resolved.Number);
    }

    [Fact]
    public async Task AnAfterHoursTurnOn_IsChargedTheAfterHoursFee()
    {
        var (account, _, order) = await DispatchedAsync(WorkOrderType.TurnOn, ServiceRequestType.MeterProblem);

        await CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.ServiceTurnedOn, null, [FieldFees.AfterHoursTurnOnOff]));

        var fee = (await _h.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account).ToListAsync())).ShouldHaveSingleItem();
        fee.Amount.ShouldBe(Money.Of(55m));
    }

    [Fact]
    public async Task ClosingWithoutAResultCode_IsRefused_AndNothingChanges()
    {
        var (account, request, order) = await DispatchedAsync(WorkOrderType.PressureCheck);

        var refused = await Should.ThrowAsync<DomainException>(() =>
            CompleteAsync(new CompleteWorkOrderCommand(order.Id, null, "Checked", [FieldFees.FieldVisit])));

        refused.Message.ShouldBe("Choose the field result code.");
        (await _h.OrdersAsync(request)).Single().Status.ShouldBe(WorkOrderStatus.Open);
        (await _h.RequestAsync(request)).Status.ShouldBe(ServiceRequestStatus.Dispatched);
        (await _h.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.ServiceAccountId == account))).ShouldBe(0);
        _handler.Seen.ShouldBeEmpty();
    }

    [Fact]
    public async Task AHandlerRefusing_LeavesTheOrderOpen_AndChargesNothing()
    {
        var (account, request, order) = await DispatchedAsync(WorkOrderType.PressureCheck);
        _handler.Refuse = true;

        await Should.ThrowAsync<DomainException>(() =>
            CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.PressureNormal, null, [FieldFees.FieldVisit])));

        (await _h.OrdersAsync(request)).Single().Status.ShouldBe(WorkOrderStatus.Open);
        (await _h.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.ServiceAccountId == account))).ShouldBe(0);
    }

    [Fact]
    public async Task AnAfterHoursFeeOnAPressureCheck_IsRefused()
    {
        var (_, request, order) = await DispatchedAsync(WorkOrderType.PressureCheck);

        var refused = await Should.ThrowAsync<DomainException>(() =>
            CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.PressureNormal, null, [FieldFees.AfterHoursTurnOnOff])));

        refused.Message.ShouldBe("The fee 'afterHoursTurnOnOff' cannot be charged on a PressureCheck work order.");
        (await _h.OrdersAsync(request)).Single().Status.ShouldBe(WorkOrderStatus.Open);
    }

    [Fact]
    public async Task WithAnotherOrderStillOpen_TheRequestStaysDispatched_UntilStaffResolveIt()
    {
        var account = await _h.AccountAsync();
        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.ReportLeak, account.Number.Value, null, null, "Kitchen", LeakSeverity.Steady));
        var replace = (await _h.RunAsync<CreateWorkOrders, IReadOnlyList<WorkOrder>>(c =>
            c.HandleAsync(Specialist, new CreateWorkOrdersInput(request.Id, [WorkOrderType.MeterReplace], "Meter cracked")))).Single();
        var leak = (await _h.OrdersAsync(request.Id)).Single(o => o.Type == WorkOrderType.LeakInvestigation);

        await CompleteAsync(new CompleteWorkOrderCommand(leak.Id, FieldResultCode.LeakOnCustomerSide, null));
        (await _h.RequestAsync(request.Id)).Status.ShouldBe(ServiceRequestStatus.Dispatched);
        var early = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<CloseServiceRequest, ServiceRequest>(c =>
            c.ResolveAsync(Specialist, new CloseServiceRequestInput(request.Id, "Done"))));
        early.Message.ShouldBe("Complete or cancel the request's open work orders first.");

        await _h.RunAsync<CancelWorkOrder, WorkOrder>(c => c.HandleAsync(Specialist, new CancelWorkOrderInput(replace.Id, "Customer's plumber fixed it")));
        var resolved = await _h.RunAsync<CloseServiceRequest, ServiceRequest>(c => c.ResolveAsync(Specialist, new CloseServiceRequestInput(request.Id, "Leak was on the customer's side")));

        resolved.Status.ShouldBe(ServiceRequestStatus.Resolved);
        var audit = await _h.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == request.Id.ToString()).Select(a => a.Action).ToListAsync());
        audit.ShouldContain("WorkOrdersCreated");
        audit.ShouldContain("ServiceRequestResolved");
    }

    [Fact]
    public async Task AnOrderNotDone_SentAgain_BelongsToTheSameRequest_AndTheSecondVisitResolvesIt()
    {
        var (account, request, order) = await DispatchedAsync(WorkOrderType.PressureCheck);
        // The form's "resolve" box is ticked by default; a visit that could not do the work still leaves the request open.
        await CompleteAsync(new CompleteWorkOrderCommand(order.Id, FieldResultCode.CustomerNotHome, "Gate locked; card left", ResolveRequest: true));
        (await _h.RequestAsync(request)).Status.ShouldBe(ServiceRequestStatus.Dispatched);

        var again = (await _h.RunAsync<CreateWorkOrders, IReadOnlyList<WorkOrder>>(c =>
            c.HandleAsync(Specialist, new CreateWorkOrdersInput(request, [WorkOrderType.PressureCheck], "Second visit")))).Single();

        again.Id.ShouldNotBe(order.Id);
        again.ServiceRequestId.ShouldBe(request);
        again.ServiceAccountId.ShouldBe(account);
        var number = (await _h.RequestAsync(request)).Number;
        var detail = await _h.RunAsync<GetServiceRequest, ServiceRequestDetail>(g => g.HandleAsync(Specialist, number));
        detail.WorkOrders.Select(w => (w.Id, w.Status)).OrderBy(w => w.Status).ShouldBe([(again.Id, WorkOrderStatus.Open), (order.Id, WorkOrderStatus.Completed)]);
        (await _h.RunAsync<WorkOrderDispatch, WorkOrderDetail>(d => d.DetailAsync(Specialist, again.Id))).ServiceRequestNumber.ShouldBe(number);

        await CompleteAsync(new CompleteWorkOrderCommand(again.Id, FieldResultCode.PressureNormal, "62 psi at the hose bib"));
        var resolved = await _h.RequestAsync(request);
        resolved.Status.ShouldBe(ServiceRequestStatus.Resolved);
        resolved.Outcome.ShouldBe("PressureCheck: PressureNormal. 62 psi at the hose bib");
    }

    private Task<WorkOrder> CompleteAsync(CompleteWorkOrderCommand command) =>
        _h.RunAsync<CompleteWorkOrder, WorkOrder>(c => c.HandleAsync(Specialist, command));

    private async Task<(Guid Account, Guid Request, WorkOrder Order)> DispatchedAsync(WorkOrderType type,
        ServiceRequestType requestType = ServiceRequestType.WaterPressure)
    {
        var account = await _h.AccountAsync();
        var request = await _h.FileAsync(new FileServiceRequestInput(requestType, account.Number.Value, null, "Please check"));
        await _h.RunAsync<TriageServiceRequest, ServiceRequest>(t => t.HandleAsync(Specialist, new TriageServiceRequestInput(request.Id, RequestPriority.Normal)));
        var order = (await _h.RunAsync<CreateWorkOrders, IReadOnlyList<WorkOrder>>(c =>
            c.HandleAsync(Specialist, new CreateWorkOrdersInput(request.Id, [type])))).Single();
        return (account.Id, request.Id, order);
    }

    private sealed class RecordingHandler : IWorkOrderCompletedHandler
    {
        public List<(Guid, FieldResultCode?)> Seen { get; } = [];

        public bool Refuse { get; set; }

        public Task OnCompletedAsync(WorkOrder order, Actor actor, CancellationToken ct)
        {
            if (Refuse)
            {
                throw new DomainException(ErrorCodes.Conflict, "Refused by the test handler.");
            }

            Seen.Add((order.Id, order.ResultCode));
            return Task.CompletedTask;
        }
    }
}
