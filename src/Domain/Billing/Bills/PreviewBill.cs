using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>The public bill calculator's question (GraphQL <c>billPreview</c>); every field as <c>BillPreviewInput</c> names it.</summary>
/// <param name="ScheduleCode">Default: the schedule in effect today.</param>
/// <param name="DwellingUnits">Default 1.</param>
/// <param name="PeriodDays">Default 30.</param>
/// <param name="ServiceDays">Default: the whole period.</param>
public sealed record PreviewBillInput(
    string? ScheduleCode,
    PremiseClass CustomerClass,
    string? MeterSize,
    long WaterGallons,
    long? ReuseGallons,
    bool InsideCity,
    int? DwellingUnits,
    int? ImperviousSqFt,
    UtilityServices Services,
    int? ServiceDays,
    int? PeriodDays);

public sealed record BillPreview(string ScheduleCode, int ScheduleVersion, Money Total, IReadOnlyList<BillLineAmount> Lines);

/// <summary>
/// Prices a hypothetical bill with a stored schedule, exactly as a real bill is priced. Open to anyone (it powers the
/// Portal's "estimate my bill"): it reads only the published rates. Bad input is a <see cref="DomainException"/> whose
/// field is the input's name (meterSize, waterGallons, scheduleCode...).
/// </summary>
public sealed class PreviewBill(RateScheduleCatalog catalog, TimeProvider clock)
{
    public async Task<BillPreview> HandleAsync(PreviewBillInput input, CancellationToken ct = default)
    {
        var schedule = string.IsNullOrWhiteSpace(input.ScheduleCode)
            ? await catalog.InEffectOnAsync(BillingTime.Today(clock), ct)
                ?? throw new DomainException(ErrorCodes.Invalid, "No rate schedule is in effect today.", "scheduleCode")
            : await catalog.FindAsync(input.ScheduleCode.Trim(), null, ct)
                ?? throw new DomainException(ErrorCodes.Invalid, $"There is no rate schedule {input.ScheduleCode.Trim()}.", "scheduleCode");
        if (!Enum.IsDefined(input.CustomerClass))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose residential, commercial or irrigation.", "customerClass");
        }

        var size = MeterSize.Parse(input.MeterSize, "meterSize").Label;
        var periodDays = input.PeriodDays ?? 30;
        if (periodDays is < 1 or > 366)
        {
            throw new DomainException(ErrorCodes.Invalid, "A period has 1 to 366 days.", "periodDays");
        }

        var facts = new BillingFacts(input.CustomerClass, size, input.WaterGallons, input.ReuseGallons ?? 0, input.InsideCity, input.DwellingUnits ?? 1,
            input.ImperviousSqFt ?? 0, input.Services, input.ServiceDays ?? periodDays, periodDays);
        var priced = BillCalculator.Price(schedule.Schedule, facts);
        return new BillPreview(schedule.Ref.Code, schedule.Ref.Version, priced.Total, priced.Lines);
    }
}
