using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

public sealed record RedispatchServiceChangeInput(Guid ServiceChangeId);

/// <summary>Staff send the crew again after a visit that could not turn the water on or off. Refused when nothing is left to send.</summary>
public sealed class RedispatchServiceChange(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, RedispatchServiceChangeInput input, CancellationToken ct = default)
    {
        ListServiceChanges.RequireStaff(actor);
        var change = await db.ServiceChanges.SingleOrDefaultAsync(c => c.Id == input.ServiceChangeId, ct) ?? throw DomainException.NotFound("Service change");
        var now = clock.GetUtcNow();
        var request = change.ServiceRequestId is { } requestId ? await db.ServiceRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct) : null;
        var orders = change.State == ServiceChangeState.Requested ? await FieldOrders.DispatchAsync(db, change, request, now, actor.Name, ct) : [];
        if (orders.Count == 0)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This {change.Kind.ToString().ToLowerInvariant()} has no field work left to send.");
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceChangeRedispatched", nameof(ServiceChange), change.Id.ToString(), "WorkOrders", null,
            string.Join(", ", orders.Select(o => o.Type))));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }
}
