using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;

namespace UtilityPortal.Domain.Development;

/// <summary>The public fee calculator's question (GraphQL <c>estimatePreview</c>); every field as <c>EstimatePreviewInput</c> names it.</summary>
/// <param name="ScheduleCode">Default: the schedule in effect today.</param>
/// <param name="AverageDailyGallons">Stated demand; null prices on the meter size alone.</param>
public sealed record EstimatePreviewInput(string? ScheduleCode, PremiseClass CustomerClass, string? MeterSize, bool Sewer, int? AverageDailyGallons, bool InsideCity);

public sealed record EstimatePreview(string ScheduleCode, int ScheduleVersion, ConnectionEstimate Estimate);

/// <summary>
/// Prices new service with a published schedule, exactly as a contractor's estimate worksheet is computed. Open to
/// anyone (it powers the Portal's public fee calculator): it reads only the published rates and saves nothing.
/// Bad input is a <see cref="DomainException"/> whose field is the input's name (meterSize, scheduleCode...).
/// </summary>
public sealed class PreviewEstimate(RateScheduleCatalog catalog, TimeProvider clock)
{
    public async Task<EstimatePreview> HandleAsync(EstimatePreviewInput input, CancellationToken ct = default)
    {
        var schedule = await ScheduleAsync(catalog, clock, input.ScheduleCode, ct);
        var facts = new EstimateFacts(input.CustomerClass, input.MeterSize ?? string.Empty, input.Sewer, input.AverageDailyGallons, input.InsideCity);
        return new EstimatePreview(schedule.Ref.Code, schedule.Ref.Version, EstimateCalculator.Calculate(schedule.Schedule, facts));
    }

    /// <summary>The meter sizes the schedule in effect today prices connections for, smallest first; empty when none is in effect.</summary>
    public async Task<IReadOnlyList<string>> MeterSizesAsync(CancellationToken ct = default)
    {
        var schedule = await catalog.InEffectOnAsync(BillingTime.Today(clock), ct);
        return schedule?.Schedule.Connection?.ErcByMeterSize.Keys.ToList() ?? [];
    }

    /// <summary>The named schedule's latest version, or the one in effect today.</summary>
    internal static async Task<PricingSchedule> ScheduleAsync(RateScheduleCatalog catalog, TimeProvider clock, string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code)
            ? await catalog.InEffectOnAsync(BillingTime.Today(clock), ct)
                ?? throw new DomainException(ErrorCodes.Invalid, "No rate schedule is in effect today.", "scheduleCode")
            : await catalog.FindAsync(code.Trim(), null, ct)
                ?? throw new DomainException(ErrorCodes.Invalid, $"There is no rate schedule {code.Trim()}.", "scheduleCode");
}
