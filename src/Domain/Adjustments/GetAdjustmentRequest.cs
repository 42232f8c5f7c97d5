using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>
/// One request with its files and history. Staff see every request, and whether they may decide it; a resident
/// sees the leak requests of their linked accounts. Anything else is "not found".
/// </summary>
public sealed class GetAdjustmentRequest(UtilityDbContext db, AccountAccess access, ReadAttachment attachments, IOptions<AdjustmentOptions> options)
{
    private const string PostedAction = "AdjustmentPosted";

    public async Task<AdjustmentRequestDetails> HandleAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var request = await db.AdjustmentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !await CanSeeAsync(access, actor, request, ct))
        {
            throw DomainException.NotFound("Adjustment request");
        }

        var number = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == request.ServiceAccountId).Select(a => a.Number).SingleAsync(ct);
        var bill = request.BillId is { } billId
            ? await db.Set<Bill>().AsNoTracking().Where(b => b.Id == billId).Select(b => new { b.PeriodStart, b.PeriodEnd }).SingleAsync(ct)
            : null;
        var key = request.Id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AdjustmentRequest.OwnerKind && a.EntityId == key)
            .OrderBy(a => a.At)
            .ThenBy(a => a.Action == PostedAction ? 1 : 0) // approved and posted share one moment; approval comes first
            .Select(a => new AdjustmentStep(a.At, a.Actor, a.Action, a.Before, a.After))
            .ToListAsync(ct);
        var refusal = !actor.IsStaff ? "Adjustments are decided by utility staff."
            : request.Status != AdjustmentStatus.Pending ? $"This request is {request.Status}."
            : ApprovalPolicy.Refusal(actor, request, options.Value);
        return new AdjustmentRequestDetails(
            ListAdjustmentRequests.Row(request, number.Value, bill?.PeriodEnd), request.Basis, request.BillId, bill?.PeriodStart, request.CorrectedGallons,
            request.Calculation, request.Notes, request.DecidedBy, request.DecidedAt, request.PostedAt,
            await attachments.ListAsync(AdjustmentRequest.OwnerKind, request.Id, ct), history, refusal);
    }

    /// <summary>Staff see all; a resident only leak requests of an account linked to them.</summary>
    internal static async Task<bool> CanSeeAsync(AccountAccess access, Actor actor, AdjustmentRequest request, CancellationToken ct) =>
        actor.IsStaff || (request.Reason == AdjustmentReason.Leak && await access.CanSeeAsync(actor, request.ServiceAccountId, ct));
}

/// <summary>Who may download a request's files: whoever may see the request.</summary>
internal sealed class AdjustmentAttachmentAccess(UtilityDbContext db, AccountAccess access) : IAttachmentOwnerAccess
{
    public string OwnerKind => AdjustmentRequest.OwnerKind;

    public async Task<bool> CanReadAsync(Actor actor, Guid ownerId, CancellationToken ct)
    {
        var request = await db.AdjustmentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ownerId, ct);
        return request is not null && await GetAdjustmentRequest.CanSeeAsync(access, actor, request, ct);
    }
}
