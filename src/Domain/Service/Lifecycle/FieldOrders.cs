using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// Sends a crew for the parts of a change still to do: a turn-on at the new account, a turn-off at the old one. While
/// the change's service request is open the orders belong to it (dispatched at its priority; the resident follows
/// them and hears when they are done); otherwise the order's request key names the change, the job and the visit.
/// </summary>
internal static class FieldOrders
{
    public static async Task<IReadOnlyList<WorkOrder>> DispatchAsync(UtilityDbContext db, ServiceChange change, ServiceRequest? request, DateTimeOffset now,
        string by, CancellationToken ct)
    {
        var orders = new List<WorkOrder>(2);
        if (change.Starts && change.StartedOn is null && change.TurnOnOrderId is null)
        {
            orders.Add(await NewAsync(db, change, request, change.ToAccountId!.Value, WorkOrderType.TurnOn, now, by, ct));
        }

        if (change.Stops && change.StoppedOn is null && change.TurnOffOrderId is null)
        {
            orders.Add(await NewAsync(db, change, request, change.FromAccountId!.Value, WorkOrderType.TurnOff, now, by, ct));
        }

        foreach (var order in orders)
        {
            change.Dispatch(order);
            db.WorkOrders.Add(order);
        }

        return orders;
    }

    private static async Task<WorkOrder> NewAsync(UtilityDbContext db, ServiceChange change, ServiceRequest? request, Guid accountId, WorkOrderType type,
        DateTimeOffset now, string by, CancellationToken ct)
    {
        var what = type == WorkOrderType.TurnOn ? "Turn on" : "Turn off and take the final read";
        var note = $"{what} for the {change.Kind.ToString().ToLowerInvariant()} asked for {change.RequestedDate:yyyy-MM-dd}.";
        if (request is { Status: ServiceRequestStatus.Submitted or ServiceRequestStatus.Triaged or ServiceRequestStatus.Dispatched })
        {
            if (request.Status == ServiceRequestStatus.Submitted)
            {
                request.Triage(request.Priority, request.DueBy, by, now);
            }

            request.Dispatch();
            return WorkOrder.ForRequest(request, accountId, type, now, by, note);
        }

        var prefix = $"service-change:{change.Id:N}:{type}:";
        var visit = await db.WorkOrders.CountAsync(w => w.RequestKey.StartsWith(prefix), ct) + 1;
        return new WorkOrder(accountId, type, prefix + visit.ToString(System.Globalization.CultureInfo.InvariantCulture), now, by, note);
    }
}
