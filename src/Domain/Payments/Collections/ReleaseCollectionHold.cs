using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record ReleaseCollectionHoldInput(string AccountNumber, CollectionHoldKind Kind, DateOnly ReleasedOn, string? Reason);

/// <summary>
/// Lifts a bankruptcy flag (discharged, dismissed) or a critical-care flag as of a date; collection actions resume
/// from then. Audited.
/// </summary>
public sealed class ReleaseCollectionHold(UtilityDbContext db, TimeProvider clock)
{
    public async Task<CollectionHold> HandleAsync(Actor actor, ReleaseCollectionHoldInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var account = await CollectionsLookup.AccountAsync(db, input.AccountNumber, ct);
        var key = CollectionHold.OpenKeyOf(account.Id, input.Kind);
        var hold = await db.CollectionHolds.SingleOrDefaultAsync(h => h.OpenKey == key, ct)
            ?? throw new DomainException(ErrorCodes.Conflict, input.Kind == CollectionHoldKind.Bankruptcy
                ? "This account has no bankruptcy flag to release."
                : "This account has no critical-care flag to release.", "kind");
        var now = clock.GetUtcNow();
        hold.Release(input.ReleasedOn, input.Reason, actor.Name, BillingTime.Today(clock));
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, input.Kind + "Released", "ServiceAccount", account.Number.Value, input.Kind.ToString(),
            "in force", $"released {input.ReleasedOn:yyyy-MM-dd}: {hold.ReleaseReason}"));
        await db.SaveChangesAsync(ct);
        return hold;
    }
}
