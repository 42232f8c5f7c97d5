using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record ProcessShutOffInput(IReadOnlyList<string> AccountNumbers);

public enum ShutOffOutcome
{
    /// <summary>The delinquency fee was charged and a disconnect work order created.</summary>
    Processed = 1,

    /// <summary>This delinquency episode was already processed: nothing new was charged or ordered.</summary>
    AlreadyProcessed = 2,

    /// <summary>The account is not on the shut-off list (paid, excluded, or not past due enough).</summary>
    NotListed = 3,
}

public sealed record ShutOffResult(string AccountNumber, ShutOffOutcome Outcome, Money Fee, Guid? WorkOrderId, ShutOffExclusion? ExcludedBy);

/// <summary>
/// Processes selected accounts of the shut-off list: for each account still listed, opens its delinquency episode,
/// charges the delinquency fee of the schedule in effect today (whether or not service is then disconnected) and
/// creates a disconnect work order, audited, in one transaction per account. The fee's key is the episode's, so an
/// account is charged once per episode however often it is processed; an account no longer listed is left alone.
/// </summary>
public sealed class ProcessShutOff(UtilityDbContext db, ShutOffList list, RateScheduleCatalog schedules, TimeProvider clock)
{
    public const string FeeName = "delinquency";
    public const int MaxAccounts = 500;

    public async Task<IReadOnlyList<ShutOffResult>> HandleAsync(Actor actor, ProcessShutOffInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var numbers = input.AccountNumbers.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count is 0 or > MaxAccounts)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Choose from 1 to {MaxAccounts} accounts to process.", "accountNumbers");
        }

        var accounts = new List<(string Number, Guid Id)>();
        foreach (var number in numbers)
        {
            accounts.Add((number, (await CollectionsLookup.AccountAsync(db, number, ct, "accountNumbers")).Id));
        }

        var today = BillingTime.Today(clock);
        var fee = await FeeAsync(today, ct);
        var ids = accounts.ConvertAll(a => a.Id);
        var listing = await list.ForAsync(db.ServiceAccounts.Where(a => ids.Contains(a.Id)).Select(a => a.Id), ct);
        var results = new List<ShutOffResult>(accounts.Count);
        foreach (var (number, id) in accounts)
        {
            var listed = listing.Listed.FirstOrDefault(c => c.AccountId == id);
            if (listed is null)
            {
                var excluded = listing.Excluded.FirstOrDefault(c => c.AccountId == id);
                results.Add(new ShutOffResult(number, ShutOffOutcome.NotListed, Money.Zero, null, excluded?.ExcludedBy));
            }
            else if (listed.Progress is { } open)
            {
                results.Add(new ShutOffResult(number, ShutOffOutcome.AlreadyProcessed, open.Fee, open.DisconnectWorkOrderId, null));
            }
            else
            {
                results.Add(await OpenEpisodeAsync(actor, listed, fee, today, ct));
            }
        }

        return results;
    }

    private async Task<Money> FeeAsync(DateOnly today, CancellationToken ct)
    {
        var schedule = await schedules.RequireInEffectOnAsync(today, ct);
        return schedule.Schedule.Fees.TryGetValue(FeeName, out var amount) && amount > 0
            ? Money.Of(amount)
            : throw new DomainException(ErrorCodes.Invalid,
                $"Rate schedule {schedule.Ref.Code} has no delinquency fee (fees.{FeeName}); adopt a schedule that sets one before processing shut-offs.");
    }

    private async Task<ShutOffResult> OpenEpisodeAsync(Actor actor, ShutOffCandidate listed, Money fee, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var episode = new ShutOffCase(listed.AccountId, listed.Amount, today, now, actor.Name);
        var order = new WorkOrder(listed.AccountId, WorkOrderType.Disconnect, $"shut-off:{episode.Id:N}:disconnect", now, actor.Name,
            $"Past due {listed.Amount}");
        episode.Charged(fee, order.Id);
        var charge = JournalEntry.Charge(listed.AccountId, fee, episode.FeeKey, today, now, actor.Name, "Delinquency fee");
        var audit = new AuditEntry(now, actor.Name, "ShutOffProcessed", "ServiceAccount", listed.AccountNumber, "PastDue", null,
            $"{listed.Amount}; fee {fee}; work order {order.Id:D}");
        db.AddRange(episode, order, charge, audit);
        try
        {
            await db.SaveChangesAsync(ct);
            return new ShutOffResult(listed.AccountNumber, ShutOffOutcome.Processed, fee, order.Id, null);
        }
        catch (DbUpdateException)
        {
            // Someone processed the same account a moment earlier: the unique open episode refused ours, and its fee stands.
            db.ChangeTracker.Clear();
            var open = await db.ShutOffCases.AsNoTracking().SingleOrDefaultAsync(c => c.OpenForAccountId == listed.AccountId, ct);
            if (open is null)
            {
                throw;
            }

            return new ShutOffResult(listed.AccountNumber, ShutOffOutcome.AlreadyProcessed, open.Fee, open.DisconnectWorkOrderId, null);
        }
    }
}
