using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

public sealed record CancelServiceChangeInput(Guid ServiceChangeId, string? Reason);

/// <summary>
/// Withdraws a start, stop or transfer before any of its field work is done: its open work orders are cancelled and a
/// pending account it made is closed unused. Staff for any change, a resident for a change of their own accounts.
/// Refused once completed, cancelled, or (a transfer) half done.
/// </summary>
public sealed class CancelServiceChange(UtilityDbContext db, ListServiceChanges list, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, CancelServiceChangeInput input, CancellationToken ct = default)
    {
        await list.GetAsync(actor, input.ServiceChangeId, ct);
        var change = await db.ServiceChanges.SingleAsync(c => c.Id == input.ServiceChangeId, ct);
        var now = clock.GetUtcNow();
        change.Cancel(input.Reason, actor.Name, now);
        var orderIds = new[] { change.TurnOnOrderId, change.TurnOffOrderId }.OfType<Guid>().ToList();
        foreach (var order in await db.WorkOrders.Where(w => orderIds.Contains(w.Id)).ToListAsync(ct))
        {
            if (order.IsOpen)
            {
                order.Cancel($"The {change.Kind.ToString().ToLowerInvariant()} was cancelled: {change.CancelReason}", actor.Name, now);
            }
        }

        if (change.ServiceRequestId is { } requestId && await db.ServiceRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct) is { IsOpen: true } request)
        {
            request.Cancel(change.CancelReason!, actor.Name, now);
        }

        if (change.ToAccountId is { } pendingId)
        {
            var pending = await db.ServiceAccounts.SingleAsync(a => a.Id == pendingId, ct);
            if (pending.Status == AccountStatus.Pending)
            {
                pending.Withdraw();
            }
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceChangeCancelled", nameof(ServiceChange), change.Id.ToString(), "State",
            nameof(ServiceChangeState.Requested), $"Cancelled: {change.CancelReason}"));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }
}
