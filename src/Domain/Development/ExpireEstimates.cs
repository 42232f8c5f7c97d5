using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>Marks issued estimates past their valid-until date as expired (from the staff queue); returns how many expired.</summary>
public sealed class ExpireEstimates(UtilityDbContext db, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        EstimateAccess.RequireStaff(actor);
        var today = BillingTime.Today(clock);
        var issued = await db.ContractorEstimates.Include(e => e.Versions).AsSplitQuery()
            .Where(e => e.Status == EstimateStatus.Issued && e.Versions.Any(v => v.Version == e.CurrentVersion && v.ValidUntil < today))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var estimate in issued.Where(e => e.ExpireIfDue(today)))
        {
            EstimateAudit.Status(db, actor, nameof(ExpireEstimates), estimate, EstimateStatus.Issued, now);
        }

        await db.SaveChangesAsync(ct);
        return issued.Count;
    }
}
