using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>
/// Another staff member than the maker rejects a pending request, saying why; the reason stays on the request for
/// the maker (and the resident) to read. Nothing reaches the ledger.
/// </summary>
public sealed class RejectAdjustmentRequest(UtilityDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, Guid requestId, string? reason, CancellationToken ct = default)
    {
        AdjustmentRules.RequireStaff(actor);
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > AdjustmentRequest.ReasonMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Say why the request is rejected (up to {AdjustmentRequest.ReasonMaxLength} characters).", "reason");
        }

        var request = await db.AdjustmentRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw DomainException.NotFound("Adjustment request");
        if (request.RequestedByUserId == actor.UserId)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Nobody decides their own request; another person must review it.");
        }

        var now = clock.GetUtcNow();
        request.Reject(actor.UserId, actor.Name, trimmed, now);
        db.AuditEntries.Add(AdjustmentRules.Audit(now, actor, "AdjustmentRejected", request, nameof(AdjustmentStatus.Pending),
            $"{nameof(AdjustmentStatus.Rejected)}: {trimmed}"));
        await AdjustmentRules.SaveDecisionAsync(db, ct);
    }
}
