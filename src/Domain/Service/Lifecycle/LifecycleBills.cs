using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// What opening and final-billing share inside the completing work order's unit of work: issuing a drafted bill (approve
/// and post, its charge and a final bill's deposit application added to the same save) and recording the crew's read.
/// Nothing here saves; the work order's completion saves it all at once.
/// </summary>
public sealed class LifecycleBills(UtilityDbContext db, AccountDrafting drafting, IOptions<BillingOptions> options, TimeProvider clock)
{
    internal AccountDrafting Drafting => drafting;

    internal DateOnly Today => BillingTime.Today(clock);

    /// <summary>Approves and posts the bill against the ledger as it stands, counting entries added earlier in this unit of work.</summary>
    internal async Task IssueAsync(Bill bill, string by, CancellationToken ct)
    {
        var accountId = bill.ServiceAccountId;
        var saved = LedgerPositions.Of(await LedgerPositions.ForAsync(db, [accountId], ct), accountId);
        var pending = db.ChangeTracker.Entries<JournalEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.ServiceAccountId == accountId).Select(e => e.Entity).ToList();
        var amount = pending.Select(e => e.Amount).Sum();
        var position = saved with
        {
            BalanceBefore = saved.BalanceBefore + amount,
            AdjustmentsSince = saved.AdjustmentsSince + amount,
            DepositHeld = saved.DepositHeld + pending.Select(e => e.DepositAmount).Sum(),
        };
        var now = clock.GetUtcNow();
        bill.Approve(by, now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(position, Today, options.Value.DaysToPay, now, by));
    }

    /// <summary>The crew's register as a read of the premise's meter in service; false when the premise has no meter to read.</summary>
    internal async Task<bool> RecordReadAsync(Guid premiseId, long register, DateTimeOffset at, string reader, CancellationToken ct)
    {
        var meterId = await db.Meters.AsNoTracking()
            .Where(m => m.PremiseId == premiseId && m.RemovedOn == null && m.Status != MeterStatus.InStock)
            .OrderBy(m => m.InstalledOn).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (meterId is null)
        {
            return false;
        }

        db.Add(new MeterRead(meterId.Value, at, register, ReadSource.Manual, reader, "field"));
        return true;
    }
}
