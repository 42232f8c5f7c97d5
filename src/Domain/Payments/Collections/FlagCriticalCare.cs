using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record FlagCriticalCareInput(string AccountNumber, DateOnly CertifiedUntil, string? Note);

/// <summary>
/// Flags an account for medical or critical care until the certificate's expiry: while it runs, the account stays off
/// the shut-off list. Flagging an account already flagged records the new certificate's date. Audited.
/// </summary>
public sealed class FlagCriticalCare(UtilityDbContext db, TimeProvider clock)
{
    public async Task<CollectionHold> HandleAsync(Actor actor, FlagCriticalCareInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var account = await CollectionsLookup.AccountAsync(db, input.AccountNumber, ct);
        var today = BillingTime.Today(clock);
        var now = clock.GetUtcNow();
        var key = CollectionHold.OpenKeyOf(account.Id, CollectionHoldKind.CriticalCare);
        var hold = await db.CollectionHolds.SingleOrDefaultAsync(h => h.OpenKey == key, ct);
        var before = hold?.CertifiedUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (hold is null)
        {
            hold = CollectionHold.CriticalCare(account.Id, input.CertifiedUntil, input.Note, today, now, actor.Name);
            db.CollectionHolds.Add(hold);
        }
        else
        {
            hold.Recertify(input.CertifiedUntil, input.Note, today);
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "CriticalCareFlagged", "ServiceAccount", account.Number.Value, "CertifiedUntil", before,
            input.CertifiedUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        await HoldSaving.SaveAsync(db, "This account was flagged for critical care a moment ago; reload the page.", "certifiedUntil", ct);
        return hold;
    }
}
