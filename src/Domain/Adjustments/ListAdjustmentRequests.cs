using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <param name="ForMe">Only pending requests the reader may approve (not their own, within their limit).</param>
public sealed record AdjustmentFilter(AdjustmentStatus? Status = null, AdjustmentReason? Reason = null, string? AccountNumber = null, bool ForMe = false, int Take = 50);

/// <summary>
/// Staff: requests filtered by status, reason, account, or "mine to approve" (a pending queue is oldest first).
/// Residents: the leak requests of their linked accounts (or of the one they name), newest first; the other filters do not apply.
/// </summary>
public sealed class ListAdjustmentRequests(UtilityDbContext db, AccountAccess access, IOptions<AdjustmentOptions> options)
{
    public const int MaxTake = 200;

    public async Task<IReadOnlyList<AdjustmentRequestRow>> HandleAsync(Actor actor, AdjustmentFilter filter, CancellationToken ct = default)
    {
        var query = db.AdjustmentRequests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.AccountNumber))
        {
            // A resident naming someone else's account is told "not found", exactly as for an account that does not exist.
            var accountId = await access.RequireAccountAsync(actor, filter.AccountNumber, ct);
            query = query.Where(r => r.ServiceAccountId == accountId);
        }

        if (!actor.IsStaff)
        {
            var linked = await access.LinkedAccountIdsAsync(actor.UserId, ct);
            query = query.Where(r => linked.Contains(r.ServiceAccountId) && r.Reason == AdjustmentReason.Leak);
            return await RowsAsync(query, MaxTake, oldestFirst: false, ct);
        }

        if (filter.ForMe)
        {
            query = query.Where(r => r.Status == AdjustmentStatus.Pending && r.RequestedByUserId != actor.UserId);
        }
        else if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Reason is { } reason)
        {
            query = query.Where(r => r.Reason == reason);
        }

        var take = Math.Clamp(filter.Take, 1, MaxTake);
        var queue = filter.ForMe || filter.Status == AdjustmentStatus.Pending;
        if (!filter.ForMe)
        {
            return await RowsAsync(query, take, oldestFirst: queue, ct);
        }

        // The pending queue is short; the limits are checked by the very rule approval uses.
        var pending = await RowsAsync(query, MaxTake, oldestFirst: true, ct, r => ApprovalPolicy.Refusal(actor, r, options.Value) is null);
        return pending.Take(take).ToList();
    }

    /// <summary>Rows with their account number and bill period; a queue is oldest first, a history newest first.</summary>
    private async Task<IReadOnlyList<AdjustmentRequestRow>> RowsAsync(IQueryable<AdjustmentRequest> query, int take, bool oldestFirst, CancellationToken ct,
        Func<AdjustmentRequest, bool>? keep = null)
    {
        var joined = query.Join(db.ServiceAccounts, r => r.ServiceAccountId, a => a.Id, (r, a) => new
        {
            Request = r,
            a.Number,
            PeriodEnd = db.Set<Bill>().Where(b => b.Id == r.BillId).Select(b => (DateOnly?)b.PeriodEnd).FirstOrDefault(),
        });
        joined = oldestFirst ? joined.OrderBy(x => x.Request.RequestedAt) : joined.OrderByDescending(x => x.Request.RequestedAt);
        var rows = await joined.Take(take).ToListAsync(ct);
        return rows.Where(x => keep is null || keep(x.Request)).Select(x => Row(x.Request, x.Number.Value, x.PeriodEnd)).ToList();
    }

    internal static AdjustmentRequestRow Row(AdjustmentRequest r, string accountNumber, DateOnly? billPeriodEnd) =>
        new(r.Id, accountNumber, r.Direction, r.Reason, r.Amount, r.Status, r.ByResident, r.RequestedBy, r.RequestedAt, billPeriodEnd, r.RejectionReason);
}
