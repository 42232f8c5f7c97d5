using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>Small rules the adjustment use cases share.</summary>
internal static class AdjustmentRules
{
    /// <summary>Reasons that are about one bill's charges, so they must name it.</summary>
    public static bool NeedsBill(AdjustmentReason reason) =>
        reason is AdjustmentReason.Leak or AdjustmentReason.BillingError or AdjustmentReason.MeterError;

    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Adjustments are decided by utility staff.");
        }
    }

    /// <summary>Bills an adjustment may concern: posted charges (not deposit bills), newest first.</summary>
    public static IQueryable<Bill> AdjustableBills(UtilityDbContext db, Guid accountId) =>
        db.Set<Bill>().AsNoTracking()
            .Where(b => b.ServiceAccountId == accountId && b.Status == BillStatus.Posted && b.Kind != BillKind.Deposit)
            .OrderByDescending(b => b.PeriodEnd);

    public static AuditEntry Audit(DateTimeOffset at, Actor actor, string action, AdjustmentRequest request, string? before, string? after) =>
        new(at, actor.Name, action, AdjustmentRequest.OwnerKind, request.Id.ToString(), "Status", before, Clip(after));

    /// <summary>
    /// Saves a decision. The request's status is a concurrency token and its journal key is unique, so when two people
    /// decide at once only the first is saved; the other is told, and nothing of theirs is kept.
    /// </summary>
    public static async Task SaveDecisionAsync(UtilityDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "Someone else decided this request a moment ago; look at it again.");
        }
    }

    private static string? Clip(string? value) => value is { Length: > 400 } ? value[..400] : value;
}
