using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>An account's bills, newest period first: every bill for staff, issued bills (posted or cancelled) for a linked resident.</summary>
public sealed class ListBills(UtilityDbContext db, AccountAccess access)
{
    /// <summary>Ten years of monthly bills.</summary>
    public const int MaxBills = 120;

    public async Task<IReadOnlyList<BillSummary>> HandleAsync(Actor actor, string accountNumber, int take = 36, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var bills = Visible(db.Bills.Where(b => b.ServiceAccountId == accountId), actor.IsStaff);
        var list = await BillQueries.SummariesAsync(db, bills.OrderByDescending(b => b.PeriodEnd).ThenByDescending(b => b.Id).Take(Math.Clamp(take, 1, MaxBills)), ct);
        return NewestFirst(list).ToList();
    }

    /// <summary>
    /// The bills of many accounts in one query, for callers that already authorized each account through the use cases
    /// (the API's account nodes): the same rule and order as <see cref="HandleAsync"/>, at most <see cref="MaxBills"/> each.
    /// </summary>
    public async Task<Dictionary<Guid, IReadOnlyList<BillSummary>>> ForAuthorizedAccountsAsync(IReadOnlyCollection<Guid> accountIds, bool includeDrafts,
        CancellationToken ct = default)
    {
        var list = await BillQueries.SummariesAsync(db, Visible(db.Bills.Where(b => accountIds.Contains(b.ServiceAccountId)), includeDrafts), ct);
        return list.GroupBy(b => b.ServiceAccountId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BillSummary>)NewestFirst(g).Take(MaxBills).ToList());
    }

    /// <summary>Staff see every bill; a resident only issued ones (posted, or cancelled and replaced).</summary>
    private static IQueryable<Bill> Visible(IQueryable<Bill> bills, bool includeDrafts) =>
        includeDrafts ? bills : bills.Where(b => b.Status == BillStatus.Posted || b.Status == BillStatus.Cancelled);

    /// <summary>Newest period first, a cancelled bill after the rebill that replaces it.</summary>
    private static IOrderedEnumerable<BillSummary> NewestFirst(IEnumerable<BillSummary> bills) =>
        bills.OrderByDescending(b => b.PeriodEnd).ThenBy(b => b.Status == BillStatus.Cancelled).ThenByDescending(b => b.Id);
}
