using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

public sealed record TriageServiceRequestInput(Guid ServiceRequestId, RequestPriority Priority);

/// <summary>
/// A specialist sets (or, before dispatch, changes) a request's priority; its service-level due time follows from
/// the type and priority (<see cref="ServiceLevelOptions"/>), counted from filing. Staff only; audited.
/// </summary>
public sealed class TriageServiceRequest(UtilityDbContext db, IOptions<ServiceLevelOptions> levels, TimeProvider clock)
{
    public async Task<ServiceRequest> HandleAsync(Actor actor, TriageServiceRequestInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var request = await ServiceSteps.RequestAsync(db, input.ServiceRequestId, ct);
        var before = $"{request.Status} {request.Priority}";
        var now = clock.GetUtcNow();
        request.Triage(input.Priority, levels.Value.DueBy(request.Type, input.Priority, request.SubmittedAt), actor.Name, now);
        ServiceSteps.Audit(db, actor, now, "ServiceRequestTriaged", nameof(ServiceRequest), request.Id, "Priority", before, $"{request.Status} {request.Priority}");
        await db.SaveChangesAsync(ct);
        return request;
    }
}
