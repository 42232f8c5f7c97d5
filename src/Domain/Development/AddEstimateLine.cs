using System.Globalization;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

public sealed record AddEstimateLineInput(Guid EstimateId, string? Description, decimal Amount, string? Reason);

/// <summary>Staff add an extra line, with its reason, to an open worksheet.</summary>
public sealed class AddEstimateLine(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, AddEstimateLineInput input, CancellationToken ct = default)
    {
        EstimateAccess.RequireStaff(actor);
        var estimate = await EstimateAccess.LoadAsync(db, actor, input.EstimateId, ct);
        var line = estimate.AddExtraLine(input.Description, input.Amount, input.Reason);
        EstimateAudit.Record(db, actor, nameof(AddEstimateLine), estimate, clock.GetUtcNow(), "ExtraLine", null,
            string.Create(CultureInfo.InvariantCulture, $"{line.Description}: {line.Amount.Amount:0.00} ({line.Reason})"));
        await db.SaveChangesAsync(ct);
        return estimate;
    }
}
