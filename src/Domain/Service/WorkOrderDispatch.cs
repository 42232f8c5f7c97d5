using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Service;

/// <summary>One work order as the queue lists it.</summary>
public sealed record WorkOrderView(Guid Id, WorkOrderType Type, WorkOrderStatus Status, string AccountNumber, string CustomerName, string ServiceAddress,
    DateTimeOffset RequestedAt, string RequestedBy, string? RequestNote, string? AssignedTo, DateTimeOffset? CompletedAt, string? CompletedBy,
    WorkOrderResult? Result, string? ResultNote, RequestPriority Priority = RequestPriority.Normal, DateTimeOffset? ScheduledStart = null,
    DateTimeOffset? ScheduledEnd = null, Guid? ServiceRequestId = null, FieldResultCode? ResultCode = null);

public sealed record AssignWorkOrderInput(Guid WorkOrderId, string? AssignedTo);

public sealed record CompleteWorkOrderInput(Guid WorkOrderId, WorkOrderResult Result, string? Note);

/// <summary>A charge posted for a work order's fees.</summary>
public sealed record WorkOrderCharge(string Description, Money Amount, DateTimeOffset PostedAt);

public sealed record WorkOrderDetail(WorkOrderView Order, string? ServiceRequestNumber, IReadOnlyList<ServiceNote> Notes, IReadOnlyList<WorkOrderCharge> Charges);

/// <summary>
/// The field work queue and dispatch view: open orders by priority (leaks first), then appointment and age, then the
/// latest finished; one order's details; assigning one to a crew member; and completing one with its result
/// (collections' disconnected or not, through <see cref="CompleteWorkOrder"/>). Staff only; every change audited.
/// </summary>
public sealed class WorkOrderDispatch
{
    private readonly UtilityDbContext _db;
    private readonly TimeProvider _clock;
    private readonly CompleteWorkOrder _complete;

    /// <summary>Without the site's services (collections' tests): no completion handlers, default outbox settings.</summary>
    public WorkOrderDispatch(UtilityDbContext db, TimeProvider clock)
        : this(db, clock, new CompleteWorkOrder(db, [], new RateScheduleCatalog(db),
            new ServiceUpdates(new CustomerOutbox(db, QuietHours.Default, Options.Create(new OutboxOptions()), Options.Create(new PaymentOptions()), clock)), clock))
    {
    }

    [Microsoft.Extensions.DependencyInjection.ActivatorUtilitiesConstructor]
    public WorkOrderDispatch(UtilityDbContext db, TimeProvider clock, CompleteWorkOrder complete)
    {
        _db = db;
        _clock = clock;
        _complete = complete;
    }

    /// <param name="types">Only these types (collections' page lists disconnects and reconnects); null for all.</param>
    public async Task<IReadOnlyList<WorkOrderView>> ListAsync(Actor actor, bool openOnly = true, int take = 200,
        IReadOnlyCollection<WorkOrderType>? types = null, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var orders = _db.WorkOrders.AsNoTracking();
        if (openOnly)
        {
            orders = orders.Where(w => w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.Assigned);
        }

        if (types is { Count: > 0 })
        {
            orders = orders.Where(w => types.Contains(w.Type));
        }

        return await ViewsAsync(orders, Math.Clamp(take, 1, 1000), ct);
    }

    public async Task<WorkOrderDetail> DetailAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var view = (await ViewsAsync(_db.WorkOrders.AsNoTracking().Where(w => w.Id == id), 1, ct)).SingleOrDefault()
            ?? throw new DomainException(ErrorCodes.NotFound, "Work order not found.", "workOrderId");
        var number = view.ServiceRequestId is { } requestId
            ? await _db.ServiceRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Number).SingleOrDefaultAsync(ct)
            : null;
        var notes = await _db.ServiceNotes.AsNoTracking().Where(n => n.WorkOrderId == id).OrderBy(n => n.At).ToListAsync(ct);
        var keys = FieldFees.All.Select(f => FieldFees.Key(id, f)).ToList();
        var charges = await _db.JournalEntries.AsNoTracking().Where(e => keys.Contains(e.IdempotencyKey))
            .Select(e => new WorkOrderCharge(e.Description, e.Amount, e.PostedAt)).ToListAsync(ct);
        return new WorkOrderDetail(view, number, notes, charges);
    }

    public async Task<WorkOrder> AssignAsync(Actor actor, AssignWorkOrderInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var order = await ServiceSteps.OrderAsync(_db, input.WorkOrderId, ct);
        var before = order.AssignedTo;
        var now = _clock.GetUtcNow();
        order.Assign(input.AssignedTo ?? string.Empty, now);
        ServiceSteps.Audit(_db, actor, now, "WorkOrderAssigned", nameof(WorkOrder), order.Id, "AssignedTo", before, order.AssignedTo);
        await _db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>Collections' completion (done or not done), as the result codes WorkDone and NotDone.</summary>
    public Task<WorkOrder> CompleteAsync(Actor actor, CompleteWorkOrderInput input, CancellationToken ct = default) =>
        _complete.HandleAsync(actor, new CompleteWorkOrderCommand(input.WorkOrderId,
            input.Result == WorkOrderResult.Done ? FieldResultCode.WorkDone : input.Result == WorkOrderResult.NotDone ? FieldResultCode.NotDone : null, input.Note), ct);

    private async Task<List<WorkOrderView>> ViewsAsync(IQueryable<WorkOrder> orders, int take, CancellationToken ct)
    {
        var rows = await orders
            .Join(_db.ServiceAccounts, w => w.ServiceAccountId, a => a.Id, (w, a) => new { w, a.Number, a.CustomerId, a.PremiseId })
            .Join(_db.Customers, x => x.CustomerId, c => c.Id, (x, c) => new { x.w, x.Number, x.PremiseId, c.Name })
            .Join(_db.Premises, x => x.PremiseId, p => p.Id, (x, p) => new { x.w, x.Number, x.Name, p.ServiceAddress.Line1 })
            .OrderBy(x => x.w.Status).ThenByDescending(x => x.w.Priority).ThenBy(x => x.w.ScheduledStart == null).ThenBy(x => x.w.ScheduledStart).ThenBy(x => x.w.RequestedAt)
            .Take(take)
            .ToListAsync(ct);
        return rows.ConvertAll(x => new WorkOrderView(x.w.Id, x.w.Type, x.w.Status, x.Number.Value, x.Name, x.Line1, x.w.RequestedAt, x.w.RequestedBy,
            x.w.RequestNote, x.w.AssignedTo, x.w.CompletedAt, x.w.CompletedBy, x.w.Result, x.w.ResultNote, x.w.Priority, x.w.ScheduledStart,
            x.w.ScheduledEnd, x.w.ServiceRequestId, x.w.ResultCode));
    }
}
