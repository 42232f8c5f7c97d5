using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <summary>One work order as the queue lists it.</summary>
public sealed record WorkOrderView(Guid Id, WorkOrderType Type, WorkOrderStatus Status, string AccountNumber, string CustomerName, string ServiceAddress,
    DateTimeOffset RequestedAt, string RequestedBy, string? RequestNote, string? AssignedTo, DateTimeOffset? CompletedAt, string? CompletedBy,
    WorkOrderResult? Result, string? ResultNote);

public sealed record AssignWorkOrderInput(Guid WorkOrderId, string? AssignedTo);

public sealed record CompleteWorkOrderInput(Guid WorkOrderId, WorkOrderResult Result, string? Note);

/// <summary>
/// The field work queue: open orders oldest first, then the latest finished; assigning one to a crew member; and
/// completing one with its result (disconnected or not, reconnected or not). Staff only; every change audited.
/// </summary>
public sealed class WorkOrderDispatch(UtilityDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkOrderView>> ListAsync(Actor actor, bool openOnly = true, int take = 200, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var orders = db.WorkOrders.AsNoTracking();
        if (openOnly)
        {
            orders = orders.Where(w => w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.Assigned);
        }

        var rows = await orders
            .Join(db.ServiceAccounts, w => w.ServiceAccountId, a => a.Id, (w, a) => new { w, a.Number, a.CustomerId, a.PremiseId })
            .Join(db.Customers, x => x.CustomerId, c => c.Id, (x, c) => new { x.w, x.Number, x.PremiseId, c.Name })
            .Join(db.Premises, x => x.PremiseId, p => p.Id, (x, p) => new { x.w, x.Number, x.Name, p.ServiceAddress.Line1 })
            .OrderBy(x => x.w.Status).ThenBy(x => x.w.RequestedAt)
            .Take(Math.Clamp(take, 1, 1000))
            .ToListAsync(ct);
        return rows.ConvertAll(x => new WorkOrderView(x.w.Id, x.w.Type, x.w.Status, x.Number.Value, x.Name, x.Line1, x.w.RequestedAt, x.w.RequestedBy,
            x.w.RequestNote, x.w.AssignedTo, x.w.CompletedAt, x.w.CompletedBy, x.w.Result, x.w.ResultNote));
    }

    public async Task<WorkOrder> AssignAsync(Actor actor, AssignWorkOrderInput input, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var order = await FindAsync(input.WorkOrderId, ct);
        order.Assign(input.AssignedTo ?? string.Empty, clock.GetUtcNow());
        Audit(actor, order, "WorkOrderAssigned", order.AssignedTo);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<WorkOrder> CompleteAsync(Actor actor, CompleteWorkOrderInput input, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var order = await FindAsync(input.WorkOrderId, ct);
        order.Complete(input.Result, input.Note, actor.Name, clock.GetUtcNow());
        Audit(actor, order, "WorkOrderCompleted", $"{order.Type} {order.Result}");
        await db.SaveChangesAsync(ct);
        return order;
    }

    private async Task<WorkOrder> FindAsync(Guid id, CancellationToken ct) =>
        await db.WorkOrders.SingleOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "Work order not found.", "workOrderId");

    private void Audit(Actor actor, WorkOrder order, string action, string? after) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.Name, action, nameof(WorkOrder), order.Id.ToString(), "Status", null, after));

    private static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Work orders are for utility staff.");
        }
    }
}
