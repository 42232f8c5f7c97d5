using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <summary>One row of an estimate list.</summary>
/// <param name="Total">The latest issued version's total; null before the first issue.</param>
public sealed record EstimateSummary(
    Guid Id,
    string Reference,
    string ContractorName,
    string ParcelId,
    string ServiceAddress,
    string MeterSize,
    EstimateStatus Status,
    DateTimeOffset RequestedAt,
    int CurrentVersion,
    Money? Total,
    DateOnly? ValidUntil);

/// <summary>The contractor's own requests, newest first; and the staff queue, oldest first, of one status or of every open one.</summary>
public sealed class ListEstimates(UtilityDbContext db)
{
    public const int MaxRows = 200;

    private static readonly EstimateStatus[] Open = [EstimateStatus.Requested, EstimateStatus.InReview, EstimateStatus.Revised, EstimateStatus.Issued, EstimateStatus.Accepted];

    public Task<List<EstimateSummary>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        EstimateAccess.RequireContractor(actor);
        return ProjectAsync(db.ContractorEstimates.Where(e => e.ContractorUserId == actor.UserId).OrderByDescending(e => e.RequestedAt), ct);
    }

    /// <param name="status">Null: every open estimate (requested, in review, revised, issued, accepted).</param>
    public Task<List<EstimateSummary>> QueueAsync(Actor actor, EstimateStatus? status, CancellationToken ct = default)
    {
        EstimateAccess.RequireStaff(actor);
        var query = status is { } only ? db.ContractorEstimates.Where(e => e.Status == only) : db.ContractorEstimates.Where(e => Open.Contains(e.Status));
        return ProjectAsync(query.OrderBy(e => e.RequestedAt), ct);
    }

    private static async Task<List<EstimateSummary>> ProjectAsync(IQueryable<ContractorEstimate> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Take(MaxRows).Select(e => new
        {
            e.Id,
            e.Reference,
            e.ContractorName,
            e.ParcelId,
            e.ServiceAddress.Line1,
            e.ServiceAddress.City,
            e.MeterSize,
            e.Status,
            e.RequestedAt,
            e.CurrentVersion,
            Issued = e.Versions.Where(v => v.Version == e.CurrentVersion).Select(v => new { v.Total, v.ValidUntil }).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.Select(r => new EstimateSummary(r.Id, r.Reference, r.ContractorName, r.ParcelId, $"{r.Line1}, {r.City}", r.MeterSize, r.Status, r.RequestedAt,
            r.CurrentVersion, r.Issued?.Total, r.Issued?.ValidUntil)).ToList();
    }
}
