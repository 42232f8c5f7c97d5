using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>Why an account past due beyond the grace period is not on the shut-off list.</summary>
public enum ShutOffExclusion
{
    /// <summary>An active payment agreement covers enough of it that what remains is at or below the minimum.</summary>
    PaymentAgreement = 1,
    Bankruptcy = 2,
    CriticalCare = 3,
}

/// <summary>Where an account's open shut-off episode stands, when it has one.</summary>
public sealed record ShutOffProgress(Guid CaseId, DateOnly ProcessedOn, Money Fee, Guid DisconnectWorkOrderId, WorkOrderStatus DisconnectStatus,
    WorkOrderResult? DisconnectResult);

/// <param name="PastDue">Past due beyond the grace period.</param>
/// <param name="Covered">The unpaid amount an active payment agreement covers.</param>
/// <param name="Amount">What counts for shut-off: past due beyond grace less the covered amount.</param>
public sealed record ShutOffCandidate(Guid AccountId, string AccountNumber, string CustomerName, AccountRole Role, int Cycle, Money PastDue, Money Covered,
    Money Amount, Money LienEligible, ShutOffProgress? Progress, ShutOffExclusion? ExcludedBy);

public sealed record ShutOffListResult(DateOnly Today, DateOnly PastDueThrough, int GraceDays, Money Minimum, IReadOnlyList<ShutOffCandidate> Listed,
    IReadOnlyList<ShutOffCandidate> Excluded);

/// <summary>
/// The shut-off list: active accounts with more than the minimum past due beyond the grace period after the due date,
/// leaving out accounts under a bankruptcy hold or a critical-care certificate in force, and counting only what an
/// active payment agreement does not cover (if what remains is still above the minimum, the account stays listed).
/// Excluded accounts are returned apart with the reason, so staff see why someone is not listed.
/// </summary>
public sealed class ShutOffList(UtilityDbContext db, TimeProvider clock, IOptions<BillingOptions> billing, IOptions<CollectionsOptions> options)
{
    public async Task<ShutOffListResult> HandleAsync(Actor actor, int? cycle = null, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var accounts = db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active);
        if (cycle is { } c)
        {
            accounts = accounts.Where(a => a.BillingCycle == c);
        }

        return await ForAsync(accounts.Select(a => a.Id), ct);
    }

    /// <summary>The list restricted to some accounts (processing checks each selected account is still listed).</summary>
    internal async Task<ShutOffListResult> ForAsync(IQueryable<Guid> accountIds, CancellationToken ct)
    {
        var settings = options.Value;
        var minimum = Money.Of(settings.ShutOffMinimum);
        var days = DelinquencyLedger.Days(clock, billing.Value, settings);
        var figures = (await DelinquencyLedger.FiguresAsync(db, accountIds, days, ct)).Where(f => f.BeyondGrace > minimum).ToList();
        var ids = figures.ConvertAll(f => f.AccountId);
        var holds = await CollectionsLookup.HoldsInForceAsync(db, days.Today, ct);
        var covered = await AgreementCoverage.CoveredBalancesAsync(db, ids, ct);
        var progress = await ProgressAsync(ids, ct);
        var names = await db.ServiceAccounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Customers, a => a.CustomerId, cu => cu.Id, (a, cu) => new { a.Id, a.Number, cu.Name, a.Role, a.BillingCycle })
            .ToDictionaryAsync(a => a.Id, ct);

        var candidates = figures.Select(f =>
        {
            var a = names[f.AccountId];
            var cover = covered.GetValueOrDefault(f.AccountId);
            var amount = f.BeyondGrace - cover;
            ShutOffExclusion? excluded = holds.UnderBankruptcy(f.AccountId) ? ShutOffExclusion.Bankruptcy
                : holds.UnderCriticalCare(f.AccountId) ? ShutOffExclusion.CriticalCare
                : amount <= minimum ? ShutOffExclusion.PaymentAgreement
                : null;
            return new ShutOffCandidate(a.Id, a.Number.Value, a.Name, a.Role, a.BillingCycle, f.BeyondGrace, cover, amount,
                LienEligibility.Of(a.Role, f.PastDue), progress.GetValueOrDefault(a.Id), excluded);
        }).OrderByDescending(x => x.Amount).ThenBy(x => x.AccountNumber, StringComparer.Ordinal).ToList();
        return new ShutOffListResult(days.Today, days.BeyondGraceThrough, settings.ShutOffGraceDays, minimum,
            candidates.Where(x => x.ExcludedBy is null).ToList(), candidates.Where(x => x.ExcludedBy is not null).ToList());
    }

    private async Task<Dictionary<Guid, ShutOffProgress>> ProgressAsync(List<Guid> ids, CancellationToken ct)
    {
        // Open episodes are few next to accounts: read them whole and keep the ones listed.
        var open = await db.ShutOffCases.AsNoTracking().Where(c => c.OpenForAccountId != null)
            .Join(db.WorkOrders, c => c.DisconnectWorkOrderId, w => w.Id, (c, w) => new { c.ServiceAccountId, c.Id, c.ProcessedOn, c.Fee, w.Status, w.Result, WorkOrderId = w.Id })
            .ToListAsync(ct);
        var wanted = ids.ToHashSet();
        return open.Where(o => wanted.Contains(o.ServiceAccountId))
            .ToDictionary(o => o.ServiceAccountId, o => new ShutOffProgress(o.Id, o.ProcessedOn, o.Fee, o.WorkOrderId, o.Status, o.Result));
    }
}
