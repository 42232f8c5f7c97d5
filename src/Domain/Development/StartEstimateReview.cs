using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>Staff take a requested estimate into review, which opens its worksheet.</summary>
public sealed class StartEstimateReview(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, Guid estimateId, CancellationToken ct = default)
    {
        EstimateAccess.RequireStaff(actor);
        return await EstimateAudit.ChangeStatusAsync(db, clock, actor, estimateId, nameof(StartEstimateReview), (e, now) => e.StartReview(actor.Name, now), ct);
    }
}
