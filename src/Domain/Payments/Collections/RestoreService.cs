using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record RestoreServiceInput(string AccountNumber);

/// <param name="ReconnectWorkOrderId">The reconnect order, when service had been disconnected.</param>
/// <param name="DisconnectCancelled">True when the disconnect order had not been worked yet and was cancelled instead.</param>
public sealed record RestoreServiceResult(string AccountNumber, Guid? ReconnectWorkOrderId, bool DisconnectCancelled);

/// <summary>
/// Ends an account's shut-off episode once the past-due amount (every charge past its due date, and the episode's
/// delinquency fee) is paid in full; otherwise refuses with what is still owed and changes nothing. A disconnect not yet
/// worked is cancelled; a service that was disconnected gets a reconnect work order. Audited, in one transaction.
/// </summary>
public sealed class RestoreService(UtilityDbContext db, TimeProvider clock, IOptions<BillingOptions> billing, IOptions<CollectionsOptions> options)
{
    public async Task<RestoreServiceResult> HandleAsync(Actor actor, RestoreServiceInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var account = await CollectionsLookup.AccountAsync(db, input.AccountNumber, ct);
        var episode = await db.ShutOffCases.SingleOrDefaultAsync(c => c.OpenForAccountId == account.Id, ct)
            ?? throw new DomainException(ErrorCodes.Conflict, "This account has no shut-off to restore.", "accountNumber");
        var owed = await StillOwedAsync(account.Id, episode, ct);
        if (owed.IsPositive)
        {
            throw new DomainException(ErrorCodes.Conflict,
                $"Service is restored once the past-due amount is paid in full; {owed} is still owed.", "accountNumber");
        }

        var now = clock.GetUtcNow();
        var disconnect = await db.WorkOrders.SingleAsync(w => w.Id == episode.DisconnectWorkOrderId, ct);
        WorkOrder? reconnect = null;
        var cancelled = false;
        if (disconnect.IsOpen)
        {
            disconnect.Cancel("Past-due amount paid before the disconnect was worked.", actor.Name, now);
            cancelled = true;
        }
        else if (disconnect.Result == WorkOrderResult.Done)
        {
            reconnect = new WorkOrder(account.Id, WorkOrderType.Reconnect, $"shut-off:{episode.Id:N}:reconnect", now, actor.Name, "Past-due amount paid in full");
            db.WorkOrders.Add(reconnect);
        }

        episode.Restore(reconnect?.Id, now, actor.Name);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceRestored", "ServiceAccount", account.Number.Value, null, null,
            reconnect is null ? (cancelled ? "disconnect cancelled" : "not disconnected") : $"reconnect work order {reconnect.Id:D}"));
        await db.SaveChangesAsync(ct);
        return new RestoreServiceResult(account.Number.Value, reconnect?.Id, cancelled);
    }

    /// <summary>Charges past their due date, plus the episode's fee, less every credit; never below zero.</summary>
    private async Task<Money> StillOwedAsync(Guid accountId, ShutOffCase episode, CancellationToken ct)
    {
        var through = DelinquencyLedger.Days(clock, billing.Value, options.Value).PastDueThrough;
        var feeKey = episode.FeeKey;
        var entries = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId)
            .Select(e => new { e.Amount, e.EffectiveOn, e.IdempotencyKey }).ToListAsync(ct);
        var due = entries.Where(e => e.Amount.IsPositive && (e.EffectiveOn <= through || e.IdempotencyKey == feeKey)).Select(e => e.Amount).Sum();
        var paid = -entries.Where(e => e.Amount.IsNegative).Select(e => e.Amount).Sum();
        return due > paid ? due - paid : Money.Zero;
    }
}
