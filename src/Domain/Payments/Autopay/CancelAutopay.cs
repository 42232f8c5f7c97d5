using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>
/// Turns autopay off for an account (the resident or staff): the active enrolment and any setup still waiting are
/// cancelled, audited, and no bill is charged from now on. A charge already under way finishes.
/// </summary>
public sealed class CancelAutopay(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var enrollments = await db.AutopayEnrollments
            .Where(e => e.ServiceAccountId == accountId && e.Status != AutopayStatus.Cancelled)
            .ToListAsync(ct);
        if (enrollments.Count == 0)
        {
            throw new DomainException(ErrorCodes.Conflict, "Autopay is not on for this account.");
        }

        var now = clock.GetUtcNow();
        foreach (var enrollment in enrollments)
        {
            var before = enrollment.Status;
            enrollment.Cancel(actor.Name, now);
            db.AuditEntries.Add(new AuditEntry(now, actor.Name, "AutopayCancelled", nameof(AutopayEnrollment), enrollment.Id.ToString(),
                nameof(AutopayEnrollment.Status), before.ToString(), enrollment.Status.ToString()));
        }

        await db.SaveChangesAsync(ct);
    }
}
