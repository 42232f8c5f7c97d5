using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

public sealed record ScheduleWorkOrderInput(Guid WorkOrderId, Guid SlotId);

/// <summary>
/// Books an open work order into an appointment slot, giving back the place it held before. A slot that has started,
/// or is full (even if filled a moment ago by someone else), is refused and nothing changes. The resident hears the
/// time. Staff only; audited.
/// </summary>
public sealed class ScheduleWorkOrder(UtilityDbContext db, ServiceUpdates updates, TimeProvider clock)
{
    public async Task<WorkOrder> HandleAsync(Actor actor, ScheduleWorkOrderInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var order = await ServiceSteps.OrderAsync(db, input.WorkOrderId, ct);
        if (order.SlotId == input.SlotId)
        {
            return order;
        }

        var now = clock.GetUtcNow();
        var slot = await db.AppointmentSlots.SingleOrDefaultAsync(s => s.Id == input.SlotId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "That appointment slot was not found.", "slotId");
        var before = order.ScheduledStart?.ToString("O");
        var previous = order.SlotId;
        order.Schedule(slot);
        slot.Book(now);
        await AppointmentSlots.ReleaseAsync(db, previous, ct);
        ServiceSteps.Audit(db, actor, now, "WorkOrderScheduled", nameof(WorkOrder), order.Id, "Schedule", before, slot.StartsAt.ToString("O"));
        if (order.ServiceRequestId is { } requestId)
        {
            var request = await ServiceSteps.RequestAsync(db, requestId, ct);
            await updates.AddAsync(request, ServiceUpdateKind.Scheduled, $"scheduled:{order.Id:N}:{slot.Id.ToString("N")[..8]}", slot.StartsAt, slot.EndsAt, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "That appointment time was just taken; choose another.", "slotId");
        }

        return order;
    }
}
