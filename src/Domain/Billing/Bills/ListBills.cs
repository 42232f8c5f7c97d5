using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>An account's bills, newest period first: every bill for staff, issued bills (posted or cancelled) for a linked resident.</summary>
public sealed class ListBills(UtilityDbContext db, AccountAccess access)
{
    public async Task<IReadOnlyList<BillSummary>> HandleAsync(Actor actor, string accountNumber, int take = 36, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var bills = db.Bills.Where(b => b.ServiceAccountId == accountId);
        if (!actor.IsStaff)
        {
            bills = bills.Where(b => b.Status == BillStatus.Posted || b.Status == BillStatus.Cancelled);
        }

        var list = await BillQueries.SummariesAsync(db, bills.OrderByDescending(b => b.PeriodEnd).ThenByDescending(b => b.Id).Take(Math.Clamp(take, 1, 120)), ct);
        return list.OrderByDescending(b => b.PeriodEnd).ThenBy(b => b.Status == BillStatus.Cancelled).ToList();
    }
}
