using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>The last year or so of an account's posted bills, to choose the one a request concerns (staff, or a linked resident).</summary>
public sealed class ListAdjustableBills(UtilityDbContext db, AccountAccess access)
{
    public const int Take = 13;

    public async Task<IReadOnlyList<AdjustableBill>> HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        return await AdjustmentRules.AdjustableBills(db, accountId).Take(Take)
            .Select(b => new AdjustableBill(b.Id, b.PeriodStart, b.PeriodEnd, b.WaterGallons, b.AverageGallons, b.CurrentCharges))
            .ToListAsync(ct);
    }
}
