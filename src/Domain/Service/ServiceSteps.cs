using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <summary>What the service request and work order use cases share: staff checks, look-ups and the audit trail.</summary>
internal static class ServiceSteps
{
    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Work orders and triage are for utility staff.");
        }
    }

    public static async Task<ServiceRequest> RequestAsync(UtilityDbContext db, Guid id, CancellationToken ct) =>
        await db.ServiceRequests.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("Service request");

    public static async Task<WorkOrder> OrderAsync(UtilityDbContext db, Guid id, CancellationToken ct) =>
        await db.WorkOrders.SingleOrDefaultAsync(w => w.Id == id, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, "Work order not found.", "workOrderId");

    public static void Audit(UtilityDbContext db, Actor actor, DateTimeOffset at, string action, string entityType, Guid id, string? field, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry(at, actor.Name, action, entityType, id.ToString(), field, before, after));

    /// <summary>
    /// Sends the request's first field work: each type becomes an order at the request's priority, and the
    /// appointment the resident picked (already booked) passes to the first order that needs a visit.
    /// </summary>
    public static async Task<IReadOnlyList<WorkOrder>> DispatchAsync(UtilityDbContext db, ServiceRequest request, IReadOnlyCollection<WorkOrderType> types,
        string? note, string by, DateTimeOffset at, CancellationToken ct)
    {
        if (types.Count == 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose at least one work order type.", "types");
        }

        if (types.Count > 5 || types.Any(t => !Enum.IsDefined(t) || t is WorkOrderType.Disconnect or WorkOrderType.Reconnect))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose up to five field work order types (disconnects and reconnects come from collections).", "types");
        }

        var accountId = request.ServiceAccountId
            ?? throw new DomainException(ErrorCodes.Invalid, "Link the request to a service account before ordering field work.", "accountNumber");
        var firstDispatch = request.Status != ServiceRequestStatus.Dispatched;
        request.Dispatch();
        var orders = types.Select(t => WorkOrder.ForRequest(request, accountId, t, at, by, note)).ToList();
        if (firstDispatch && request.SlotId is { } slotId && await db.AppointmentSlots.SingleOrDefaultAsync(s => s.Id == slotId, ct) is { } slot)
        {
            orders[0].Schedule(slot);
        }

        db.WorkOrders.AddRange(orders);
        return orders;
    }
}
