using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <summary>
/// The contractor accepts the issued version of their estimate before its valid-until date. In the same transaction a
/// pending service account is opened at the premise (a new premise for a new parcel) for the contractor's firm, linked
/// to the contractor, and every fee line of the accepted version is posted to its ledger (a charge, or a credit for a
/// negative extra line; key <c>estimate:{id}:v{version}:{line}</c>), so the ordinary Portal checkout pays them. The
/// deposit line is not posted: it is billed when service starts (docs/decisions/0016-contractor-estimates.md).
/// </summary>
public sealed class AcceptEstimate(UtilityDbContext db, TimeProvider clock)
{
    public const string PostedBy = "estimates";

    public async Task<EstimateDetails> HandleAsync(Actor actor, Guid estimateId, CancellationToken ct = default)
    {
        EstimateAccess.RequireContractor(actor);
        var estimate = await EstimateAccess.LoadAsync(db, actor, estimateId, ct);
        var before = estimate.Status;
        var today = BillingTime.Today(clock);
        var now = clock.GetUtcNow();
        estimate.Accept(actor.UserId, today, now);

        var account = await OpenAccountAsync(actor, estimate, today, now, ct);
        estimate.OpenedAccount(account.Id);
        var version = estimate.Current!;
        foreach (var line in version.Lines.Where(l => l.Kind != EstimateLineKind.Deposit && !l.Amount.IsZero))
        {
            var key = $"estimate:{estimate.Id:N}:v{version.Version}:{line.Sequence}";
            var description = $"{estimate.Reference} v{version.Version}: {line.Description}";
            db.JournalEntries.Add(line.Amount.IsPositive
                ? JournalEntry.Charge(account.Id, line.Amount, key, today, now, PostedBy, description)
                : JournalEntry.Adjustment(account.Id, line.Amount, key, today, now, PostedBy, description));
        }

        EstimateAudit.Status(db, actor, nameof(AcceptEstimate), estimate, before, now);
        EstimateAudit.Record(db, actor, nameof(AcceptEstimate), estimate, now, "ServiceAccount", null, account.Number.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another account took the same next number (or the estimate changed) at the same moment: nothing was saved.
            throw new DomainException(ErrorCodes.Conflict, "Someone else changed this a moment ago; please try again.");
        }
        return new EstimateDetails(estimate, version.ScheduleCode, null, null, account.Number.Value, version.Fees);
    }

    private async Task<ServiceAccount> OpenAccountAsync(Actor actor, ContractorEstimate estimate, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        var customer = new Customer(CustomerKind.Organisation, estimate.ContractorName, estimate.ServiceAddress, email);
        var premise = await db.Premises.FirstOrDefaultAsync(p => p.ParcelId == estimate.ParcelId, ct);
        if (premise is null)
        {
            premise = new Premise(estimate.ParcelId, estimate.ServiceAddress, estimate.InsideCity, estimate.UseClass, 1, 0, estimate.ContractorName);
            db.Premises.Add(premise);
        }

        // A premise's accounts share a billing cycle (its meter route); a new premise starts on cycle 1 until routed.
        var cycle = await db.ServiceAccounts.AsNoTracking().Where(a => a.PremiseId == premise.Id).Select(a => (int?)a.BillingCycle).FirstOrDefaultAsync(ct) ?? 1;
        var services = estimate.HasSewer ? UtilityServices.Water | UtilityServices.Sewer : UtilityServices.Water;
        var account = new ServiceAccount(await AccountNumbers.NextAsync(db, ct), customer.Id, premise.Id, AccountRole.Owner, cycle, services, today);
        db.Customers.Add(customer);
        db.ServiceAccounts.Add(account);
        db.AccountLinks.Add(new AccountLink(actor.UserId, account.Id, now));
        return account;
    }
}
