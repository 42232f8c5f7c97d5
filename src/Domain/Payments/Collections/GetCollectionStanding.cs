using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>A bankruptcy flag's split of the balance: the pre-petition debt (stayed) and what was charged after filing (collectable).</summary>
public sealed record BankruptcySplit(Money PrePetition, Money PostPetition);

/// <summary>An account of the same customer that a closed account's balance may move to.</summary>
public sealed record TransferTarget(string AccountNumber, string ServiceAddress);

/// <param name="PremiseLienEligible">What every owner account at the premise owes past due: the lien-eligible figure of the property.</param>
/// <param name="WriteOffFrom">The first day a Supervisor may write the balance off; null while service runs.</param>
public sealed record CollectionStanding(
    Guid AccountId,
    string AccountNumber,
    string CustomerName,
    AccountRole Role,
    AccountStatus Status,
    DelinquencyFigure Figure,
    Money Covered,
    Money LienEligible,
    Money PremiseLienEligible,
    IReadOnlyList<CollectionHold> Holds,
    BankruptcySplit? Bankruptcy,
    ShutOffCase? OpenShutOff,
    IReadOnlyList<WorkOrder> WorkOrders,
    DateOnly Today,
    DateOnly? WriteOffFrom,
    IReadOnlyList<TransferTarget> TransferTargets);

/// <summary>Everything the account's collections page and the API show about one account, for staff.</summary>
public sealed class GetCollectionStanding(UtilityDbContext db, TimeProvider clock, IOptions<BillingOptions> billing, IOptions<CollectionsOptions> options)
{
    public async Task<CollectionStanding> HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var account = await CollectionsLookup.AccountAsync(db, accountNumber, ct);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == account.CustomerId, ct);
        var days = DelinquencyLedger.Days(clock, billing.Value, options.Value);
        var figure = await DelinquencyLedger.FigureAsync(db, account.Id, days, ct);
        var covered = (await AgreementCoverage.CoveredBalancesAsync(db, [account.Id], ct)).GetValueOrDefault(account.Id);
        var holds = await db.CollectionHolds.AsNoTracking().Where(h => h.ServiceAccountId == account.Id).OrderByDescending(h => h.PlacedAt).ToListAsync(ct);
        var bankruptcy = holds.FirstOrDefault(h => h.Kind == CollectionHoldKind.Bankruptcy && !h.IsReleased) is { PrePetitionBalance: { } pre }
            ? new BankruptcySplit(pre, figure.Balance - pre)
            : null;
        var open = await db.ShutOffCases.AsNoTracking().SingleOrDefaultAsync(c => c.OpenForAccountId == account.Id, ct);
        var orders = await db.WorkOrders.AsNoTracking().Where(w => w.ServiceAccountId == account.Id).OrderByDescending(w => w.RequestedAt).Take(20).ToListAsync(ct);
        var premiseOwners = db.ServiceAccounts.Where(a => a.PremiseId == account.PremiseId && a.Role == AccountRole.Owner).Select(a => a.Id);
        var premiseLien = (await DelinquencyLedger.FiguresAsync(db, premiseOwners, days, ct)).Select(f => f.PastDue).Sum();
        var targets = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.CustomerId == account.CustomerId && a.Id != account.Id && a.Status == AccountStatus.Active)
            .Join(db.Premises, a => a.PremiseId, p => p.Id, (a, p) => new { a.Number, p.ServiceAddress.Line1 })
            .ToListAsync(ct);
        return new CollectionStanding(account.Id, account.Number.Value, customer.Name, account.Role, account.Status, figure, covered,
            LienEligibility.Of(account.Role, figure.PastDue), premiseLien, holds, bankruptcy, open, orders, days.Today,
            await WriteOffBalance.EligibleFromAsync(db, account, options.Value.WriteOffAfterDays, ct),
            targets.ConvertAll(t => new TransferTarget(t.Number.Value, t.Line1)));
    }
}
