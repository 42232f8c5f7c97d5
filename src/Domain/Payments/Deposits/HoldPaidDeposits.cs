using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>
/// Moves a paid deposit into the held deposit: once an account's deposit bill is paid in full, a deposit entry (key
/// <c>deposit-held:{billId}</c>, unique) records the money as held, apart from the balance, and the requirement is
/// marked held, in one transaction. Paid in full means the account's credits cover its debits up to and including
/// the deposit charge, oldest first: charges and fees posted after the deposit bill do not count against it.
/// Called after every lockbox import and suspense application, from the account's deposit section, and, for counter,
/// portal and autopay payments, by <see cref="DepositHoldWorker"/>'s <see cref="SweepAsync"/>; running it again changes nothing. See docs/decisions (lockbox import and deposits).
/// </summary>
public sealed class HoldPaidDeposits(UtilityDbContext db, TimeProvider clock)
{
    public const string PostedBy = "deposits";

    /// <summary>Holds the paid deposits of these accounts; returns how many were held now.</summary>
    public async Task<int> ForAccountsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct = default)
    {
        if (accountIds.Count == 0)
        {
            return 0;
        }

        // Billed-but-unpaid deposits are few (new service only), so they are read whole and matched here.
        var wanted = accountIds as IReadOnlySet<Guid> ?? accountIds.ToHashSet();
        var billed = await db.DepositRequirements.AsNoTracking().Where(d => d.Status == DepositStatus.Billed && d.BillId != null)
            .Select(d => d.ServiceAccountId).ToListAsync(ct);
        var held = 0;
        foreach (var accountId in billed.Where(wanted.Contains))
        {
            held += await HoldAsync(accountId, ct) ? 1 : 0;
        }

        return held;
    }

    /// <summary>Every account with a billed deposit: the sweep after counter, portal and autopay payments.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var billed = await db.DepositRequirements.AsNoTracking().Where(d => d.Status == DepositStatus.Billed && d.BillId != null)
            .Select(d => d.ServiceAccountId).ToListAsync(ct);
        return await ForAccountsAsync(billed, ct);
    }

    private async Task<bool> HoldAsync(Guid accountId, CancellationToken ct)
    {
        var requirement = await db.DepositRequirements.SingleAsync(d => d.ServiceAccountId == accountId, ct);
        var chargeKey = Bill.LedgerKeyOf(requirement.BillId!.Value);
        var entries = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId)
            .Select(e => new { e.Kind, e.Amount, e.PostedAt, e.IdempotencyKey }).ToListAsync(ct);
        var charge = entries.SingleOrDefault(e => e.IdempotencyKey == chargeKey);
        var cancelled = entries.Any(e => e.IdempotencyKey == Bill.ReversalKeyOf(requirement.BillId!.Value));
        if (charge is null || cancelled)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        var outstanding = entries
            .Where(e => !(e.PostedAt > charge.PostedAt && (e.Kind == EntryKind.Charge || (e.Kind == EntryKind.Adjustment && e.Amount.IsPositive))))
            .Select(e => e.Amount).Sum();
        if (outstanding.IsPositive)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        var now = clock.GetUtcNow();
        db.JournalEntries.Add(requirement.Hold(DateOnly.FromDateTime(now.UtcDateTime), now, PostedBy));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node held it first (the key, or the requirement's status, says so).
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
