using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>The oldest bucket an account must owe in to be listed: 30, 60 or 90 days and older.</summary>
public enum AgingBucket
{
    Days30 = 30,
    Days60 = 60,
    Days90 = 90,
}

/// <summary>Which delinquent accounts to list. Every filter is optional.</summary>
public sealed record AgingFilter(int? Cycle = null, AgingBucket? Bucket = null, AccountRole? Role = null);

/// <summary>
/// One delinquent account. <see cref="LienEligible"/> is what the property owner owes past its due date (an owner
/// account's past due); a tenant's balance is collected from the tenant only and is never lien-eligible.
/// </summary>
public sealed record DelinquentAccount(Guid AccountId, string AccountNumber, string CustomerName, AccountRole Role, int Cycle, AccountStatus Status,
    Money Balance, Aging Aging, Money LienEligible)
{
    public Money PastDue => Aging.PastDue;
}

public sealed record AgingTotals(int Accounts, Money Current, Money Days30, Money Days60, Money Days90Plus, Money PastDue, Money LienEligible);

public sealed record AgingReportPage(IReadOnlyList<DelinquentAccount> Rows, AgingTotals Totals, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Totals.Accounts + PageSize - 1) / PageSize);
}

/// <summary>
/// The aging of every account owing something 30 days old or more, largest past due first: a page for the screen and
/// the API, or every row for the CSV. The journal is summed in the database (one grouped query), so 100,000 accounts
/// cost one scan, not 100,000 journals; names are read only for the rows shown.
/// </summary>
public sealed class AgingReport(UtilityDbContext db, TimeProvider clock, IOptions<BillingOptions> billing, IOptions<CollectionsOptions> options)
{
    public const int MaxPageSize = 500;

    /// <summary>Names read per query while exporting.</summary>
    private const int SetSize = 1_000;

    public async Task<AgingReportPage> PageAsync(Actor actor, AgingFilter filter, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var (listed, owners) = await ListedAsync(filter, ct);
        var totals = new AgingTotals(listed.Count,
            Sum(listed, f => f.Aging.Current), Sum(listed, f => f.Aging.Days30), Sum(listed, f => f.Aging.Days60), Sum(listed, f => f.Aging.Days90Plus),
            Sum(listed, f => f.Aging.PastDue), Sum(listed.Where(f => owners.Contains(f.AccountId)), f => f.PastDue));
        var rows = await RowsAsync(listed.Skip((page - 1) * pageSize).Take(pageSize).ToList(), ct);
        return new AgingReportPage(rows, totals, page, pageSize);
    }

    /// <summary>Checks the actor before anything is written, then yields every listed account in the report's order.</summary>
    public IAsyncEnumerable<DelinquentAccount> Export(Actor actor, AgingFilter filter, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        return ExportRowsAsync(filter, ct);
    }

    private async IAsyncEnumerable<DelinquentAccount> ExportRowsAsync(AgingFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var (listed, _) = await ListedAsync(filter, ct);
        foreach (var set in listed.Chunk(SetSize))
        {
            foreach (var row in await RowsAsync(set, ct))
            {
                yield return row;
            }
        }
    }

    private async Task<(List<DelinquencyFigure> Listed, HashSet<Guid> Owners)> ListedAsync(AgingFilter filter, CancellationToken ct)
    {
        var accounts = db.ServiceAccounts.AsNoTracking();
        if (filter.Cycle is { } cycle)
        {
            accounts = accounts.Where(a => a.BillingCycle == cycle);
        }

        if (filter.Role is { } role)
        {
            accounts = accounts.Where(a => a.Role == role);
        }

        var days = DelinquencyLedger.Days(clock, billing.Value, options.Value);
        var figures = await DelinquencyLedger.FiguresAsync(db, accounts.Select(a => a.Id), days, ct);
        var listed = figures.Where(f => Owes(f.Aging, filter.Bucket))
            .OrderByDescending(f => f.Aging.PastDue).ThenBy(f => f.AccountId)
            .ToList();
        var owners = (await accounts.Where(a => a.Role == AccountRole.Owner).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        return (listed, owners);
    }

    private static bool Owes(Aging aging, AgingBucket? bucket) => bucket switch
    {
        AgingBucket.Days90 => aging.Days90Plus.IsPositive,
        AgingBucket.Days60 => (aging.Days60 + aging.Days90Plus).IsPositive,
        _ => aging.PastDue.IsPositive,
    };

    private async Task<List<DelinquentAccount>> RowsAsync(IReadOnlyList<DelinquencyFigure> figures, CancellationToken ct)
    {
        var ids = figures.Select(f => f.AccountId).ToList();
        var accounts = await db.ServiceAccounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Customers, a => a.CustomerId, c => c.Id, (a, c) => new { a.Id, a.Number, c.Name, a.Role, a.BillingCycle, a.Status })
            .ToDictionaryAsync(a => a.Id, ct);
        return figures.Where(f => accounts.ContainsKey(f.AccountId)).Select(f =>
        {
            var a = accounts[f.AccountId];
            return new DelinquentAccount(a.Id, a.Number.Value, a.Name, a.Role, a.BillingCycle, a.Status, f.Balance, f.Aging,
                LienEligibility.Of(a.Role, f.PastDue));
        }).ToList();
    }

    private static Money Sum(IEnumerable<DelinquencyFigure> figures, Func<DelinquencyFigure, Money> amount) => figures.Select(amount).Sum();
}

/// <summary>Owner and tenant: what an owner owes past due can become a lien on the property; a tenant's never does.</summary>
public static class LienEligibility
{
    public static Money Of(AccountRole role, Money pastDue) => role == AccountRole.Owner && pastDue.IsPositive ? pastDue : Money.Zero;
}
