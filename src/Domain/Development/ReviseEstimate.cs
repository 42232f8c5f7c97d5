using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>Reopens the worksheet of an issued or expired estimate; the issued version keeps its lines and records why it was revised.</summary>
public sealed class ReviseEstimate(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, Guid estimateId, string? reason, CancellationToken ct = default)
    {
        EstimateAccess.RequireIssuer(actor);
        return await EstimateAudit.ChangeStatusAsync(db, clock, actor, estimateId, nameof(ReviseEstimate), (e, now) => e.Revise(reason, actor.Name, now), ct);
    }
}
