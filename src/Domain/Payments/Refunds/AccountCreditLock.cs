using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Refunds;

/// <summary>
/// Serializes the refunds of one account. Two refunds racing would each read the same credit balance and both pass the
/// "never more than the credit" check; so the check and the refund's insert run in one transaction that first writes
/// the account's row (a no-op update). PostgreSQL and SQL Server hold that row lock until commit, so the second refund
/// waits and then reads the first one's pending or posted refund; SQLite takes its single database write lock, which
/// has the same effect. Refunds of different accounts do not wait for each other on the server databases.
/// </summary>
internal static class AccountCreditLock
{
    /// <summary>Call inside the transaction, before reading the balance.</summary>
    public static async Task TakeAsync(UtilityDbContext db, Guid accountId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The account credit lock is taken inside a transaction.");
        }

        await db.ServiceAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BillingCycle, a => a.BillingCycle), ct);
    }
}
