using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <param name="Types">One order per type (up to five), e.g. a leak investigation and a meter replacement.</param>
public sealed record CreateWorkOrdersInput(Guid ServiceRequestId, IReadOnlyList<WorkOrderType> Types, string? Note = null);

/// <summary>
/// Turns a triaged request into one or more work orders at its priority (more may be added while it is dispatched).
/// The appointment the resident picked goes with the first order. Staff only; audited.
/// </summary>
public sealed class CreateWorkOrders(UtilityDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkOrder>> HandleAsync(Actor actor, CreateWorkOrdersInput input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var request = await ServiceSteps.RequestAsync(db, input.ServiceRequestId, ct);
        var now = clock.GetUtcNow();
        var orders = await ServiceSteps.DispatchAsync(db, request, input.Types.Distinct().ToList(), input.Note, actor.Name, now, ct);
        ServiceSteps.Audit(db, actor, now, "WorkOrdersCreated", nameof(ServiceRequest), request.Id, "WorkOrders", null,
            string.Join(", ", orders.Select(o => $"{o.Type} {o.Id:D}")));
        await db.SaveChangesAsync(ct);
        return orders;
    }
}
