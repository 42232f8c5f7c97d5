using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// Carries a start, stop or transfer forward when the crew closes its turn-on or turn-off order: done opens or
/// final-bills the account; not done keeps the change waiting, with the crew's note, for another visit or a cancel.
/// Orders that belong to no change (none today, but a turn-on may be asked for otherwise) are left alone.
/// </summary>
public sealed class ServiceChangeCompletion(UtilityDbContext db, OpenStartedAccount open, FinalStoppedAccount final, TimeProvider clock)
    : IWorkOrderCompletedHandler
{
    public async Task OnCompletedAsync(WorkOrder order, Actor actor, CancellationToken ct)
    {
        if (order.Type is not (WorkOrderType.TurnOn or WorkOrderType.TurnOff))
        {
            return;
        }

        var change = await db.ServiceChanges.SingleOrDefaultAsync(c => c.TurnOnOrderId == order.Id || c.TurnOffOrderId == order.Id, ct);
        if (change is null)
        {
            return;
        }

        if (order.Result != WorkOrderResult.Done)
        {
            change.NoteFieldWorkNotDone(order.Type, order.ResultNote);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.Name, "ServiceFieldWorkNotDone", nameof(ServiceChange), change.Id.ToString(),
                "FieldNote", null, change.FieldNote));
            return;
        }

        if (order.Type == WorkOrderType.TurnOn)
        {
            await open.HandleAsync(change, order, actor, ct);
        }
        else
        {
            await final.HandleAsync(change, order, actor, ct);
        }
    }
}
