using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <param name="ServiceRequestId">The request the note is about; or give <paramref name="WorkOrderId"/>.</param>
public sealed record AddServiceNoteInput(Guid? ServiceRequestId, Guid? WorkOrderId, string? Text);

/// <summary>Adds a staff or field note to a request or a work order (of the request, when it has one). Staff only.</summary>
public sealed class AddServiceNote(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ServiceNote> HandleAsync(Actor actor, AddServiceNoteInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var requestId = input.ServiceRequestId;
        if (input.WorkOrderId is { } orderId)
        {
            requestId ??= (await ServiceSteps.OrderAsync(db, orderId, ct)).ServiceRequestId;
        }
        else if (requestId is { } id)
        {
            await ServiceSteps.RequestAsync(db, id, ct);
        }

        var note = new ServiceNote(requestId, input.WorkOrderId, input.Text ?? string.Empty, actor.Name, clock.GetUtcNow());
        db.ServiceNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return note;
    }
}
