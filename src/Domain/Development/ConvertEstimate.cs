using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>Converts an accepted estimate into a water service agreement (printable in English or Spanish). SpecialistII and above.</summary>
public sealed class ConvertEstimate(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, Guid estimateId, CancellationToken ct = default)
    {
        EstimateAccess.RequireIssuer(actor);
        return await EstimateAudit.ChangeStatusAsync(db, clock, actor, estimateId, nameof(ConvertEstimate), (e, now) => e.Convert(actor.Name, now), ct);
    }
}
