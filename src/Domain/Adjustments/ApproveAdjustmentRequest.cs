using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>
/// A second person approves a pending request within their limit (<see cref="ApprovalPolicy"/>), and it posts to the
/// ledger at once under the key <c>adjustment:{id}</c>: approval, posting and both audit entries are one transaction.
/// Two people approving together post once; the other is told the request was already decided.
/// </summary>
public sealed class ApproveAdjustmentRequest(UtilityDbContext db, IOptions<AdjustmentOptions> options, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, Guid requestId, CancellationToken ct = default)
    {
        AdjustmentRules.RequireStaff(actor);
        var request = await db.AdjustmentRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw DomainException.NotFound("Adjustment request");
        if (request.Status != AdjustmentStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending request can be approved; this one is {request.Status}.");
        }

        if (ApprovalPolicy.Refusal(actor, request, options.Value) is { } refusal)
        {
            throw new DomainException(ErrorCodes.Forbidden, refusal);
        }

        var now = clock.GetUtcNow();
        request.Approve(actor.UserId, actor.Name, now);
        db.AuditEntries.Add(AdjustmentRules.Audit(now, actor, "AdjustmentApproved", request, nameof(AdjustmentStatus.Pending),
            $"{nameof(AdjustmentStatus.Approved)}: {request.Direction} {request.Amount}"));
        var entry = request.Post(BillingTime.Today(clock), now, actor.Name);
        db.JournalEntries.Add(entry);
        db.AuditEntries.Add(AdjustmentRules.Audit(now, actor, "AdjustmentPosted", request, nameof(AdjustmentStatus.Approved),
            $"{nameof(AdjustmentStatus.Posted)}: journal entry {entry.Id} ({request.JournalKey}), {request.SignedAmount}"));
        await AdjustmentRules.SaveDecisionAsync(db, ct);
    }
}
