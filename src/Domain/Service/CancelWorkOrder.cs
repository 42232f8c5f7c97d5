using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

public sealed record CancelWorkOrderInput(Guid WorkOrderId, string? Reason);

/// <summary>Cancels an open work order with a reason and gives back its appointment place. Staff only; audited.</summary>
public sealed class CancelWorkOrder(UtilityDbContext db, TimeProvider clock)
{
    public async Task<WorkOrder> HandleAsync(Actor actor, CancelWorkOrderInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var order = await ServiceSteps.OrderAsync(db, input.WorkOrderId, ct);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the work order is cancelled.", "reason");
        }

        var now = clock.GetUtcNow();
        var before = order.Status.ToString();
        order.Cancel(input.Reason.Trim(), actor.Name, now);
        await AppointmentSlots.ReleaseAsync(db, order.SlotId, ct);
        ServiceSteps.Audit(db, actor, now, "WorkOrderCancelled", nameof(WorkOrder), order.Id, "Status", before, $"Cancelled: {order.ResultNote}");
        await db.SaveChangesAsync(ct);
        return order;
    }
}
