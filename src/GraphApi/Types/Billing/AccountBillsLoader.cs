using GraphQL;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>
/// The bills of every account a request lists, in one query (request-scoped). Accounts reach the graph only after
/// the Domain authorized them; what a resident may see of their bills is <see cref="ListBills"/>'s rule, applied here
/// to many accounts at once: issued bills only (posted, or cancelled and replaced), newest period first.
/// </summary>
public sealed class AccountBillsLoader
{
    /// <summary>Ten years of monthly bills, as ListBills allows.</summary>
    public const int MaxBills = 120;

    private const string ContextKey = nameof(AccountBillsLoader);

    public AccountBillsLoader(UtilityDbContext db) =>
        Bills = new(async (keys, ct) => await LoadAsync(db, keys, ct), []);

    public BatchLoader<AccountBillsKey, IReadOnlyList<BillSummary>> Bills { get; }

    /// <summary>The request's loader, kept in the execution's user context: that lives exactly as long as the request.</summary>
    public static AccountBillsLoader Of(IResolveFieldContext context)
    {
        if (!context.UserContext.TryGetValue(ContextKey, out var loader) || loader is not AccountBillsLoader found)
        {
            found = new AccountBillsLoader(context.Service<UtilityDbContext>());
            context.UserContext[ContextKey] = found;
        }

        return found;
    }

    private static async Task<IReadOnlyDictionary<AccountBillsKey, IReadOnlyList<BillSummary>>> LoadAsync(
        UtilityDbContext db, IReadOnlyCollection<AccountBillsKey> keys, CancellationToken ct)
    {
        var result = new Dictionary<AccountBillsKey, IReadOnlyList<BillSummary>>();
        foreach (var group in keys.GroupBy(k => k.IncludeDrafts))
        {
            var ids = group.Select(k => k.AccountId).ToList();
            var bills = db.Set<Bill>().AsNoTracking().Where(b => ids.Contains(b.ServiceAccountId));
            if (!group.Key)
            {
                bills = bills.Where(b => b.Status == BillStatus.Posted || b.Status == BillStatus.Cancelled);
            }

            var rows = await bills
                .Select(b => new
                {
                    b.Id, b.ServiceAccountId, b.Kind, b.Status, b.PeriodStart, b.PeriodEnd, b.ServiceFrom, b.ServiceTo, b.WaterGallons, b.ReuseGallons,
                    b.Estimated, b.AverageGallons, b.CurrentCharges, b.TotalDue, b.IssuedOn, b.DueOn, b.ScheduleCode, b.ScheduleVersion, b.BillRunId,
                    OpenExceptions = db.Set<BillExceptionItem>().Count(e => e.BillId == b.Id && e.Status == BillExceptionStatus.Open),
                })
                .ToListAsync(ct);
            var numbers = group.ToDictionary(k => k.AccountId, k => k.AccountNumber);
            var summaries = rows.Select(b => new BillSummary(b.Id, b.ServiceAccountId, numbers[b.ServiceAccountId], b.Kind, b.Status, b.PeriodStart, b.PeriodEnd,
                b.ServiceFrom, b.ServiceTo, b.WaterGallons, b.ReuseGallons, b.Estimated, b.AverageGallons, b.CurrentCharges, b.TotalDue, b.IssuedOn, b.DueOn,
                b.ScheduleCode, b.ScheduleVersion, b.OpenExceptions, b.BillRunId));
            foreach (var account in summaries.GroupBy(r => r.ServiceAccountId))
            {
                // As ListBills orders them: newest period first, a cancelled bill after the rebill that replaces it.
                result[new AccountBillsKey(account.Key, numbers[account.Key], group.Key)] = account
                    .OrderByDescending(b => b.PeriodEnd).ThenBy(b => b.Status == BillStatus.Cancelled).ThenByDescending(b => b.Id)
                    .Take(MaxBills).ToList();
            }
        }

        return result;
    }
}

/// <param name="IncludeDrafts">Staff see every bill; residents only issued ones.</param>
/// <param name="AccountNumber">Carried along so the query needs no join (the node already has it).</param>
public readonly record struct AccountBillsKey(Guid AccountId, string AccountNumber, bool IncludeDrafts);
