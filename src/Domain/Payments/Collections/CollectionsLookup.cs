using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>The reads every collections use case starts from: an account by number, and the holds in force.</summary>
internal static class CollectionsLookup
{
    /// <summary>The account with this number, tracked; an unknown or mistyped number is NOT_FOUND naming the field.</summary>
    public static async Task<ServiceAccount> AccountAsync(UtilityDbContext db, string? accountNumber, CancellationToken ct, string field = "accountNumber")
    {
        if (!AccountNumber.TryParse(accountNumber, out var number))
        {
            throw new DomainException(ErrorCodes.NotFound, "No account has that number.", field);
        }

        return await db.ServiceAccounts.SingleOrDefaultAsync(a => a.Number == number, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "No account has that number.", field);
    }

    /// <summary>
    /// Holds in force today, by account. Holds are few next to accounts, so the unreleased ones are read whole and
    /// filtered here rather than sending a long list of account ids to the database.
    /// </summary>
    public static async Task<ILookup<Guid, CollectionHold>> HoldsInForceAsync(UtilityDbContext db, DateOnly today, CancellationToken ct)
    {
        var holds = await db.CollectionHolds.AsNoTracking().Where(h => h.ReleasedOn == null).ToListAsync(ct);
        return holds.Where(h => h.IsInForceOn(today)).ToLookup(h => h.ServiceAccountId);
    }

    public static bool UnderBankruptcy(this ILookup<Guid, CollectionHold> holds, Guid accountId) =>
        holds[accountId].Any(h => h.Kind == CollectionHoldKind.Bankruptcy);

    public static bool UnderCriticalCare(this ILookup<Guid, CollectionHold> holds, Guid accountId) =>
        holds[accountId].Any(h => h.Kind == CollectionHoldKind.CriticalCare);
}
