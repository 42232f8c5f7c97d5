using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <summary>A request with its work orders; staff also see the notes. <see cref="Slot"/> is the appointment picked when filing.</summary>
public sealed record ServiceRequestDetail(ServiceRequest Request, ServiceRequestRow Row, IReadOnlyList<WorkOrderRow> WorkOrders,
    IReadOnlyList<ServiceNote> Notes, AppointmentSlotView? Slot);

/// <summary>
/// One request by its number: staff see any, with notes; a resident sees one on a linked account or filed by them,
/// without staff notes. Anything else is "not found", the same answer as a number that does not exist.
/// </summary>
public sealed class GetServiceRequest(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<ServiceRequestDetail> HandleAsync(Actor actor, string number, CancellationToken ct = default)
    {
        var key = (number ?? string.Empty).Trim().ToUpperInvariant();
        var request = await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Number == key, ct)
            ?? throw DomainException.NotFound("Service request");
        if (!actor.IsStaff && request.ReporterUserId != actor.UserId
            && !(request.ServiceAccountId is { } accountId && await access.CanSeeAsync(actor, accountId, ct)))
        {
            throw DomainException.NotFound("Service request");
        }

        var row = (await ServiceRequestRows.ToRowsAsync(db, db.ServiceRequests.AsNoTracking().Where(r => r.Id == request.Id), clock.GetUtcNow(), ct))[0];
        var orders = await ServiceRequestLists.Orders(db.WorkOrders.AsNoTracking().Where(w => w.ServiceRequestId == request.Id).OrderBy(w => w.RequestedAt))
            .ToListAsync(ct);
        var notes = actor.IsStaff
            ? await db.ServiceNotes.AsNoTracking().Where(n => n.ServiceRequestId == request.Id).OrderBy(n => n.At).ToListAsync(ct)
            : [];
        var slot = request.SlotId is { } slotId ? await db.AppointmentSlots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slotId, ct) : null;
        return new ServiceRequestDetail(request, row, orders, notes, slot is null ? null : AppointmentSlotView.Of(slot));
    }
}
