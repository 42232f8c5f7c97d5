using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Accounts;

/// <summary>One line of a search result: enough to pick the right account.</summary>
public sealed record AccountSearchHit(string AccountNumber, string CustomerName, string ServiceAddress, string ParcelId, AccountStatus Status, AccountRole Role);

/// <summary>
/// Staff search by account number, name, service address, parcel id, phone or e-mail. Every kind is a prefix of a
/// normalized search term, answered by one range scan of the covering index on AccountSearchTerms.
/// </summary>
public sealed class SearchAccounts(UtilityDbContext db)
{
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<AccountSearchHit>> HandleAsync(Actor actor, string? query, int first = 20, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Account search is for staff.");
        }

        var term = SearchTerms.ForQuery(query ?? string.Empty);
        if (term.Length < 2)
        {
            return [];
        }

        var upper = UpperBound(term);
        first = Math.Clamp(first, 1, MaxResults);
        // CA1309: this comparison runs in SQL, where the Term column's binary collation makes it ordinal.
#pragma warning disable CA1309
        var ids = await db.AccountSearchTerms.AsNoTracking()
            .Where(t => string.Compare(t.Term, term) >= 0 && string.Compare(t.Term, upper) < 0)
            .Select(t => t.ServiceAccountId)
            .Distinct()
            .Take(first)
            .ToListAsync(ct);
#pragma warning restore CA1309

        var hits = await db.ServiceAccounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Number,
                a.Customer!.Name,
                a.Premise!.ServiceAddress.Line1,
                a.Premise.ServiceAddress.City,
                a.Premise.ParcelId,
                a.Status,
                a.Role,
            })
            .ToListAsync(ct);
        return hits
            .OrderBy(h => h.Status == AccountStatus.Closed)
            .ThenBy(h => h.Name, StringComparer.OrdinalIgnoreCase)
            .Select(h => new AccountSearchHit(h.Number.Value, h.Name, $"{h.Line1}, {h.City}", h.ParcelId, h.Status, h.Role))
            .ToList();
    }

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/>.</summary>
    private static string UpperBound(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
}
