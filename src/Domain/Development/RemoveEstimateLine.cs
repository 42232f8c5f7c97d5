using System.Globalization;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>Staff take an extra line off an open worksheet.</summary>
public sealed class RemoveEstimateLine(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, Guid estimateId, int sequence, CancellationToken ct = default)
    {
        EstimateAccess.RequireStaff(actor);
        var estimate = await EstimateAccess.LoadAsync(db, actor, estimateId, ct);
        var line = estimate.RemoveExtraLine(sequence);
        EstimateAudit.Record(db, actor, nameof(RemoveEstimateLine), estimate, clock.GetUtcNow(), "ExtraLine",
            string.Create(CultureInfo.InvariantCulture, $"{line.Description}: {line.Amount.Amount:0.00} ({line.Reason})"), null);
        await db.SaveChangesAsync(ct);
        return estimate;
    }
}
