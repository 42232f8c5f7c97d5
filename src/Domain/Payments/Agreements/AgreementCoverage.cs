using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// What active agreements keep out of delinquency: for each account under an active agreement, the covered amount not
/// yet paid (docs/decisions, payment agreements). The shut-off list, aging and the bill use it; a defaulted, completed
/// or cancelled agreement covers nothing.
/// </summary>
public static class AgreementCoverage
{
    /// <summary>The accounts under an active agreement, for filtering in SQL.</summary>
    public static IQueryable<Guid> ActiveAccountIds(UtilityDbContext db) =>
        db.PaymentAgreements.Where(a => a.Status == PaymentAgreementStatus.Active).Select(a => a.ServiceAccountId);

    /// <summary>Covered and still unpaid, by account; accounts without an active agreement are absent.</summary>
    public static async Task<Dictionary<Guid, Money>> CoveredBalancesAsync(UtilityDbContext db, IReadOnlyCollection<Guid> serviceAccountIds,
        CancellationToken ct = default)
    {
        var progress = await ProgressAsync(db, serviceAccountIds, ct);
        return progress.ToDictionary(p => p.Key, p => p.Value.Unpaid);
    }

    /// <summary>Paid and unpaid under each active agreement of these accounts, in two queries whatever the number of accounts.</summary>
    internal static async Task<Dictionary<Guid, AgreementPaid>> ProgressAsync(UtilityDbContext db, IReadOnlyCollection<Guid> serviceAccountIds,
        CancellationToken ct)
    {
        // Active agreements are few next to accounts, so they are read first and the caller's list filters them here;
        // the balances are then summed only for the accounts that have one.
        var wanted = serviceAccountIds as ISet<Guid> ?? serviceAccountIds.ToHashSet();
        var active = (await db.PaymentAgreements.AsNoTracking()
                .Where(a => a.Status == PaymentAgreementStatus.Active)
                .Select(a => new { a.ServiceAccountId, a.CoveredAmount, a.BalanceAtAcceptance })
                .ToListAsync(ct))
            .Where(a => wanted.Contains(a.ServiceAccountId))
            .ToList();
        if (active.Count == 0)
        {
            return [];
        }

        var balances = await BalancesAsync(db, active.Select(a => a.ServiceAccountId).ToList(), ct);
        return active.ToDictionary(a => a.ServiceAccountId,
            a => AgreementPaid.From(a.CoveredAmount, a.BalanceAtAcceptance ?? a.CoveredAmount, balances.GetValueOrDefault(a.ServiceAccountId)));
    }

    internal static async Task<Dictionary<Guid, Money>> BalancesAsync(UtilityDbContext db, IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        // The cast through object lets EF sum the column behind the Money conversion (exact on SQLite too).
        var sums = await db.JournalEntries.AsNoTracking()
            .Where(e => accountIds.Contains(e.ServiceAccountId))
            .GroupBy(e => e.ServiceAccountId)
            .Select(g => new { Id = g.Key, Balance = g.Sum(e => (decimal)(object)e.Amount) })
            .ToListAsync(ct);
        return sums.ToDictionary(s => s.Id, s => new Money(s.Balance));
    }
}

/// <summary>
/// How much of an agreement is paid: how far the balance has come down since acceptance, never below zero nor above the
/// covered amount. New bills paid in full leave it where it was; a new bill left unpaid holds it back.
/// </summary>
public readonly record struct AgreementPaid(Money Covered, Money Paid)
{
    public Money Unpaid => Covered - Paid;

    public bool IsFullyPaid => Paid >= Covered;

    public static AgreementPaid From(Money covered, Money balanceAtAcceptance, Money balanceNow)
    {
        var reduction = Math.Clamp(balanceAtAcceptance.Amount - balanceNow.Amount, 0m, covered.Amount);
        return new AgreementPaid(covered, new Money(reduction));
    }
}
