using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Accounts;

/// <summary>
/// Resource-based access to service accounts: staff see every account, a resident only those linked to them.
/// Every account-scoped use case asks here before it loads anything, and answers "not found" for both an unknown
/// and a forbidden account so that nobody can probe for account numbers.
/// </summary>
public sealed class AccountAccess(UtilityDbContext db)
{
    public async Task<Guid> RequireAccountAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        if (!AccountNumber.TryParse(accountNumber, out var number))
        {
            throw DomainException.NotFound("Account");
        }

        var accountId = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Number == number)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(ct);
        if (accountId is null || !await CanSeeAsync(actor, accountId.Value, ct))
        {
            throw DomainException.NotFound("Account");
        }

        return accountId.Value;
    }

    public async Task RequireAccountAsync(Actor actor, Guid accountId, CancellationToken ct = default)
    {
        if (!await CanSeeAsync(actor, accountId, ct))
        {
            throw DomainException.NotFound("Account");
        }
    }

    public async Task<bool> CanSeeAsync(Actor actor, Guid accountId, CancellationToken ct = default) =>
        actor.IsStaff
            ? await db.ServiceAccounts.AnyAsync(a => a.Id == accountId, ct)
            : await db.AccountLinks.AnyAsync(l => l.UserId == actor.UserId && l.ServiceAccountId == accountId, ct);

    /// <summary>The accounts a resident has linked, oldest link first.</summary>
    public Task<List<Guid>> LinkedAccountIdsAsync(string userId, CancellationToken ct = default) =>
        db.AccountLinks.AsNoTracking()
            .Where(l => l.UserId == userId)
            .OrderBy(l => l.LinkedAt)
            .Select(l => l.ServiceAccountId)
            .ToListAsync(ct);
}
