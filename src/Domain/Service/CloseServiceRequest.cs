using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

public sealed record CloseServiceRequestInput(Guid ServiceRequestId, string? Text);

/// <summary>
/// Ends a request by hand. Resolve (staff): once every work order is completed or cancelled, with the resolution.
/// Cancel (staff, or the resident who filed it): with a reason; open work orders are cancelled too and appointment
/// places given back. The resident hears either way; staff steps are audited.
/// </summary>
public sealed class CloseServiceRequest(UtilityDbContext db, ServiceUpdates updates, TimeProvider clock)
{
    public async Task<ServiceRequest> ResolveAsync(Actor actor, CloseServiceRequestInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var request = await ServiceSteps.RequestAsync(db, input.ServiceRequestId, ct);
        if (await OpenOrders(request.Id).AnyAsync(ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "Complete or cancel the request's open work orders first.", "status");
        }

        var now = clock.GetUtcNow();
        var before = request.Status.ToString();
        request.Resolve(input.Text ?? string.Empty, actor.Name, now);
        ServiceSteps.Audit(db, actor, now, "ServiceRequestResolved", nameof(ServiceRequest), request.Id, "Status", before, $"Resolved: {request.Outcome}");
        await updates.AddAsync(request, ServiceUpdateKind.Resolved, "resolved", ct: ct);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public async Task<ServiceRequest> CancelAsync(Actor actor, CloseServiceRequestInput input, CancellationToken ct = default)
    {
        var request = await ServiceSteps.RequestAsync(db, input.ServiceRequestId, ct);
        if (!actor.IsStaff && request.ReporterUserId != actor.UserId)
        {
            throw DomainException.NotFound("Service request");
        }

        if (!actor.IsStaff && request.Status == ServiceRequestStatus.Dispatched)
        {
            throw new DomainException(ErrorCodes.Conflict, "A crew is already on the way; call us to cancel this request.", "status");
        }

        var now = clock.GetUtcNow();
        var before = request.Status;
        request.Cancel(input.Text ?? string.Empty, actor.Name, now);
        if (before != ServiceRequestStatus.Dispatched)
        {
            // Not dispatched yet: the picked appointment is still the request's own.
            await AppointmentSlots.ReleaseAsync(db, request.SlotId, ct);
        }

        foreach (var order in await OpenOrders(request.Id).ToListAsync(ct))
        {
            order.Cancel($"Request cancelled: {request.Outcome}", actor.Name, now);
            await AppointmentSlots.ReleaseAsync(db, order.SlotId, ct);
        }

        ServiceSteps.Audit(db, actor, now, "ServiceRequestCancelled", nameof(ServiceRequest), request.Id, "Status", before.ToString(), $"Cancelled: {request.Outcome}");
        await updates.AddAsync(request, ServiceUpdateKind.Cancelled, "cancelled", ct: ct);
        await db.SaveChangesAsync(ct);
        return request;
    }

    private IQueryable<WorkOrder> OpenOrders(Guid requestId) =>
        db.WorkOrders.Where(w => w.ServiceRequestId == requestId && (w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.Assigned));
}
