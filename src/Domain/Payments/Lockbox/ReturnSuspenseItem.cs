using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <param name="Note">Why it goes back (no such customer, a check for another utility).</param>
public sealed record ReturnSuspenseItemInput(Guid SuspenseItemId, string? Note);

/// <summary>A specialist sends a suspense item back to the bank with a note: it is never posted; audited.</summary>
public sealed class ReturnSuspenseItem(UtilityDbContext db, TimeProvider clock)
{
    public async Task<SuspenseItemView> HandleAsync(Actor actor, ReturnSuspenseItemInput input, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        var item = await db.SuspenseItems.SingleOrDefaultAsync(s => s.Id == input.SuspenseItemId, ct) ?? throw DomainException.NotFound("Suspense item");
        var now = clock.GetUtcNow();
        item.Return(input.Note ?? string.Empty, actor.Name, now);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ReturnSuspenseItem", nameof(SuspenseItem), item.Id.ToString(), "Status", "Open", $"Returned: {item.Note}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.Conflict, "Someone applied or returned this payment a moment ago.");
        }

        return await new ListSuspenseItems(db).GetAsync(actor, item.Id, ct);
    }
}
