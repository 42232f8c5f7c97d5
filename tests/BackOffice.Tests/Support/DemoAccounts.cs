using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.TestSupport;

namespace UtilityPortal.BackOffice.Tests.Support;

/// <summary>The facts of one seeded account, read straight from the database, that a test searches for or checks on screen.</summary>
public sealed record AccountFacts(string Number, Guid Id, Guid CustomerId, string CustomerName, string? Email, PhoneNumber? Phone,
    string ServiceLine1, string ParcelId, Money Balance, int Entries);

public static class DemoAccounts
{
    /// <summary>An account whose customer has an e-mail and a phone and whose ledger has entries; <paramref name="skip"/> picks another one.</summary>
    public static Task<AccountFacts> WithContactAsync<T>(this SiteFactory<T> factory, int skip = 0)
        where T : class =>
        factory.WithDbAsync(async db =>
        {
            var account = (await db.ServiceAccounts.AsNoTracking()
                    .Include(a => a.Customer).Include(a => a.Premise)
                    .Where(a => a.Customer!.Email != null && (a.Customer.HomePhone != null || a.Customer.MobilePhone != null))
                    .Where(a => db.JournalEntries.Count(e => e.ServiceAccountId == a.Id) >= 3)
                    .OrderBy(a => a.Number)
                    .ToListAsync())
                .Skip(skip)
                .First();
            var amounts = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).Select(e => e.Amount).ToListAsync();
            var customer = account.Customer!;
            return new AccountFacts(account.Number.Value, account.Id, customer.Id, customer.Name, customer.Email,
                customer.MobilePhone ?? customer.HomePhone, account.Premise!.ServiceAddress.Line1, account.Premise.ParcelId, amounts.Sum(), amounts.Count);
        });
}
