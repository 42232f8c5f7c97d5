using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// Sends a crew for the parts of a change still to do: a turn-on at the new account, a turn-off at the old one. The
/// order's request key names the change, the job and the visit, so a repeated dispatch of the same visit asks once.
/// </summary>
internal static class FieldOrders
{
    public static async Task<IReadOnlyList<WorkOrder>> DispatchAsync(UtilityDbContext db, ServiceChange change, DateTimeOffset now, string by, CancellationToken ct)
    {
        var orders = new List<WorkOrder>(2);
        if (change.Starts && change.StartedOn is null && change.TurnOnOrderId is null)
        {
            orders.Add(await NewAsync(db, change, change.ToAccountId!.Value, WorkOrderType.TurnOn, now, by, ct));
        }

        if (change.Stops && change.StoppedOn is null && change.TurnOffOrderId is null)
        {
            orders.Add(await NewAsync(db, change, change.FromAccountId!.Value, WorkOrderType.TurnOff, now, by, ct));
        }

        foreach (var order in orders)
        {
            change.Dispatch(order);
            db.WorkOrders.Add(order);
        }

        return orders;
    }

    private static async Task<WorkOrder> NewAsync(UtilityDbContext db, ServiceChange change, Guid accountId, WorkOrderType type, DateTimeOffset now, string by,
        CancellationToken ct)
    {
        var prefix = $"service-change:{change.Id:N}:{type}:";
        var visit = await db.WorkOrders.CountAsync(w => w.RequestKey.StartsWith(prefix), ct) + 1;
        var what = type == WorkOrderType.TurnOn ? "Turn on" : "Turn off and take the final read";
        return new WorkOrder(accountId, type, prefix + visit.ToString(System.Globalization.CultureInfo.InvariantCulture), now, by,
            $"{what} for the {change.Kind.ToString().ToLowerInvariant()} asked for {change.RequestedDate:yyyy-MM-dd}.");
    }
}
