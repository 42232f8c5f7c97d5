using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>One block of a consumption tier table: gallons above the previous bound up to <see cref="UpToGallons"/> (null: no bound).</summary>
public sealed record Tier(long? UpToGallons, decimal RatePerThousand);

public sealed record ConsumptionTable(bool TiersScaleWithDwellingUnits, IReadOnlyList<Tier> Tiers);

public sealed record WaterRates(IReadOnlyDictionary<string, decimal> BaseChargeByMeterSize, IReadOnlyDictionary<PremiseClass, ConsumptionTable> Consumption);

public sealed record SewerRates(IReadOnlyDictionary<string, decimal> BaseChargeByMeterSize, decimal RatePerThousand, long ResidentialCapGallonsPerUnit);

public sealed record StormwaterRates(decimal MonthlyPerEru, decimal NonResidentialSqFtPerEru);

public sealed record RefuseRates(decimal ResidentialPerUnit, decimal CommercialPerContainer);

public sealed record ReuseRates(decimal RatePerThousand, decimal MinimumMonthly);

public sealed record ConnectionCharges(
    decimal WaterCapitalFacilityPerErc,
    decimal SewerCapitalFacilityPerErc,
    decimal GallonsPerDayPerErc,
    IReadOnlyDictionary<string, decimal> ErcByMeterSize,
    IReadOnlyDictionary<string, decimal> MeterInstallationByMeterSize,
    decimal OutsideCityMultiplier);

/// <summary>
/// An adopted rate schedule, read from a document in the format of shared/rates/README.md and validated whole.
/// The schedule in effect on a bill's period end prices the whole bill.
/// </summary>
public sealed record RateSchedule(
    string Code,
    string? Name,
    DateOnly EffectiveFrom,
    decimal OutsideCityMultiplier,
    WaterRates Water,
    SewerRates Sewer,
    StormwaterRates Stormwater,
    RefuseRates Refuse,
    ReuseRates Reuse,
    IReadOnlyDictionary<string, decimal> Fees,
    IReadOnlyDictionary<PremiseClass, IReadOnlyDictionary<string, decimal>> Deposits,
    ConnectionCharges? Connection)
{
    /// <summary>The meter sizes this schedule can bill: those with a water base charge.</summary>
    public IEnumerable<string> MeterSizes => Water.BaseChargeByMeterSize.Keys;

    public bool HasMeterSize(string size) => Water.BaseChargeByMeterSize.ContainsKey(size);

    /// <summary>The schedule in effect on <paramref name="day"/>: the latest one that took effect on or before it.</summary>
    public static RateSchedule? InEffectOn(IEnumerable<RateSchedule> schedules, DateOnly day) =>
        schedules.Where(s => s.EffectiveFrom <= day).MaxBy(s => s.EffectiveFrom);
}
