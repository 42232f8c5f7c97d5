using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// The pending account a start or transfer opens at a premise. It takes the next account number, the premise's billing
/// cycle (its meters are read on that cycle's route) and the services the premise had (a new premise: a cycle from its parcel id, water and sewer), and it is searchable at once.
/// Two starts racing for the same number meet the unique index (<see cref="AccountNumbers"/>): LifecycleSave tells the loser to try again.
/// </summary>
internal static class PendingAccounts
{
    private const UtilityServices DefaultServices = UtilityServices.Water | UtilityServices.Sewer;

    public static async Task<ServiceAccount> AddAsync(UtilityDbContext db, Customer customer, Premise premise, AccountRole role, DateOnly startOn,
        CancellationToken ct)
    {
        var previous = await db.ServiceAccounts.AsNoTracking().Where(a => a.PremiseId == premise.Id)
            .OrderByDescending(a => a.OpenedOn).Select(a => new { a.BillingCycle, a.Services }).FirstOrDefaultAsync(ct);
        var number = await AccountNumbers.NextAsync(db, ct);
        var cycle = previous?.BillingCycle ?? (premise.ParcelId.Sum(c => c) % ServiceAccount.BillingCycles) + 1;
        var account = new ServiceAccount(number, customer.Id, premise.Id, role, cycle, previous?.Services ?? DefaultServices, startOn);
        db.ServiceAccounts.Add(account);
        db.AccountSearchTerms.AddRange(SearchTerms.For(account.Number, customer, premise).Select(t => new AccountSearchTerm(account.Id, t)));
        return account;
    }
}
