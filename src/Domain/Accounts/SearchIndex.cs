using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Accounts;

/// <summary>Keeps AccountSearchTerms in step with the facts they are made from.</summary>
public static class SearchIndex
{
    /// <summary>Replaces the search words of every account the customer holds (after a contact change).</summary>
    public static async Task RefreshForCustomerAsync(UtilityDbContext db, Customer customer, CancellationToken ct = default)
    {
        var accounts = await db.ServiceAccounts.Where(a => a.CustomerId == customer.Id).Include(a => a.Premise).ToListAsync(ct);
        var ids = accounts.Select(a => a.Id).ToList();
        var old = await db.AccountSearchTerms.Where(t => ids.Contains(t.ServiceAccountId)).ToListAsync(ct);
        db.AccountSearchTerms.RemoveRange(old);
        foreach (var account in accounts)
        {
            db.AccountSearchTerms.AddRange(SearchTerms.For(account.Number, customer, account.Premise!).Select(t => new AccountSearchTerm(account.Id, t)));
        }
    }
}
