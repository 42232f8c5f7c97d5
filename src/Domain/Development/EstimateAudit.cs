using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>The audit rows of estimate actions: who, when, and the field's value before and after.</summary>
internal static class EstimateAudit
{
    public static void Record(UtilityDbContext db, Actor actor, string action, ContractorEstimate estimate, DateTimeOffset at, string field, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry(at, actor.Name, action, nameof(ContractorEstimate), estimate.Id.ToString(), field, before, after));

    public static void Status(UtilityDbContext db, Actor actor, string action, ContractorEstimate estimate, EstimateStatus before, DateTimeOffset at) =>
        Record(db, actor, action, estimate, at, "Status", before.ToString(), estimate.Status.ToString());

    /// <summary>A staff step that only moves the status: load, change, audit, save once.</summary>
    public static async Task<ContractorEstimate> ChangeStatusAsync(UtilityDbContext db, TimeProvider clock, Actor actor, Guid estimateId, string action,
        Action<ContractorEstimate, DateTimeOffset> change, CancellationToken ct)
    {
        var estimate = await EstimateAccess.LoadAsync(db, actor, estimateId, ct);
        var before = estimate.Status;
        var now = clock.GetUtcNow();
        change(estimate, now);
        Status(db, actor, action, estimate, before, now);
        await db.SaveChangesAsync(ct);
        return estimate;
    }
}
