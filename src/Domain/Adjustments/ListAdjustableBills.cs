using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>One linked account's adjustable bills.</summary>
public sealed record AccountBills(string AccountNumber, IReadOnlyList<AdjustableBill> Bills);

/// <summary>The last year or so of an account's posted bills, to choose the one a request concerns (staff, or a linked resident).</summary>
public sealed class ListAdjustableBills(UtilityDbContext db, AccountAccess access)
{
    public const int Take = 13;

    public async Task<IReadOnlyList<AdjustableBill>> HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default) =>
        await BillsAsync(await access.RequireAccountAsync(actor, accountNumber, ct), ct);

    /// <summary>A resident's linked accounts, oldest link first, each with its recent posted bills.</summary>
    public async Task<IReadOnlyList<AccountBills>> ForLinkedAccountsAsync(Actor actor, CancellationToken ct = default)
    {
        var ids = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var numbers = await db.ServiceAccounts.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Number })
            .ToDictionaryAsync(a => a.Id, a => a.Number.Value, ct);
        var result = new List<AccountBills>(ids.Count);
        foreach (var id in ids)
        {
            // The links are the access check; a resident links a handful of accounts: one short query each.
            result.Add(new AccountBills(numbers[id], await BillsAsync(id, ct)));
        }

        return result;
    }

    private Task<List<AdjustableBill>> BillsAsync(Guid accountId, CancellationToken ct) =>
        AdjustmentRules.AdjustableBills(db, accountId).Take(Take)
            .Select(b => new AdjustableBill(b.Id, b.PeriodStart, b.PeriodEnd, b.WaterGallons, b.AverageGallons, b.CurrentCharges))
            .ToListAsync(ct);
}
