using System.Globalization;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>
/// Issues the worksheet as the estimate's next version: the lines computed with the schedule in effect today, then the
/// extra lines, valid until today plus <see cref="DevelopmentOptions.EstimateValidDays"/>. SpecialistII and above.
/// </summary>
public sealed class IssueEstimate(UtilityDbContext db, RateScheduleCatalog catalog, IOptions<DevelopmentOptions> options, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, Guid estimateId, CancellationToken ct = default)
    {
        EstimateAccess.RequireIssuer(actor);
        var estimate = await EstimateAccess.LoadAsync(db, actor, estimateId, ct);
        var schedule = await PreviewEstimate.ScheduleAsync(catalog, clock, null, ct);
        var computed = EstimateCalculator.Calculate(schedule.Schedule, EstimateWorksheet.FactsOf(estimate));
        var before = estimate.Status;
        var now = clock.GetUtcNow();
        var validUntil = BillingTime.Today(clock).AddDays(options.Value.EstimateValidDays);
        var version = estimate.Issue(schedule.Ref.Code, schedule.Ref.Version, computed, validUntil, actor.Name, now);
        EstimateAudit.Status(db, actor, nameof(IssueEstimate), estimate, before, now);
        EstimateAudit.Record(db, actor, nameof(IssueEstimate), estimate, now, "Version", (version.Version - 1).ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{version.Version}: {version.Total.Amount:0.00}, valid until {validUntil:yyyy-MM-dd}"));
        await db.SaveChangesAsync(ct);
        return estimate;
    }
}
