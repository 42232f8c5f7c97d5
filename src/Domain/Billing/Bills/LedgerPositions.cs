using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>
/// The ledger figures a bill prints, for a whole set of accounts in two grouped queries: the balance and deposit
/// held, and what happened since the account's last charge (its last bill): payments, and everything else
/// (adjustments, fees, reversals). Sums are exact decimals on every provider (SQLite included, where EF sums the TEXT
/// amounts with its own decimal aggregate).
/// </summary>
internal static class LedgerPositions
{
    public static async Task<Dictionary<Guid, LedgerPosition>> ForAsync(UtilityDbContext db, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        // The casts through object let EF sum the columns behind the Money conversion.
        var totals = await db.JournalEntries.AsNoTracking()
            .Where(e => accountIds.Contains(e.ServiceAccountId))
            .GroupBy(e => new { e.ServiceAccountId, e.Kind })
            .Select(g => new
            {
                g.Key.ServiceAccountId,
                g.Key.Kind,
                Amount = g.Sum(e => (decimal)(object)e.Amount),
                Deposit = g.Sum(e => (decimal)(object)e.DepositAmount),
                Latest = g.Max(e => e.EffectiveOn),
            })
            .ToListAsync(ct);
        var lastCharge = totals.Where(t => t.Kind == EntryKind.Charge).ToDictionary(t => t.ServiceAccountId, t => t.Latest);
        var since = lastCharge.Count == accountIds.Count ? lastCharge.Values.Min().AddDays(1) : DateOnly.MinValue;
        var recent = await db.JournalEntries.AsNoTracking()
            .Where(e => accountIds.Contains(e.ServiceAccountId) && e.EffectiveOn >= since)
            .GroupBy(e => new { e.ServiceAccountId, e.Kind, e.EffectiveOn })
            .Select(g => new { g.Key.ServiceAccountId, g.Key.Kind, g.Key.EffectiveOn, Amount = g.Sum(e => (decimal)(object)e.Amount) })
            .ToListAsync(ct);
        var recentByAccount = recent.ToLookup(r => r.ServiceAccountId);

        var positions = new Dictionary<Guid, LedgerPosition>(accountIds.Count);
        foreach (var account in totals.GroupBy(t => t.ServiceAccountId))
        {
            var from = lastCharge.TryGetValue(account.Key, out var charged) ? charged.AddDays(1) : DateOnly.MinValue;
            var activity = recentByAccount[account.Key].Where(r => r.EffectiveOn >= from).ToList();
            positions[account.Key] = new LedgerPosition(
                new Money(account.Sum(t => t.Amount)),
                new Money(activity.Where(r => r.Kind == EntryKind.Payment).Sum(r => r.Amount)),
                new Money(activity.Where(r => r.Kind != EntryKind.Payment).Sum(r => r.Amount)),
                new Money(account.Sum(t => t.Deposit)));
        }

        return positions;
    }

    public static LedgerPosition Of(Dictionary<Guid, LedgerPosition> positions, Guid accountId) =>
        positions.TryGetValue(accountId, out var position) ? position : LedgerPosition.Empty;
}
