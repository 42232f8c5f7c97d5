using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing;

/// <summary>The facts one bill is priced from.</summary>
public sealed record BillingFacts(
    PremiseClass CustomerClass,
    string MeterSize,
    long WaterGallons,
    long ReuseGallons,
    bool InsideCity,
    int DwellingUnits,
    int ImperviousSqFt,
    UtilityServices Services,
    int ServiceDays,
    int PeriodDays,
    IReadOnlyList<string>? AdditionalMeterSizes = null)
{
    /// <summary>Every meter at the premise, the main one first: each pays its own water and sewer base charge.</summary>
    public IEnumerable<string> MeterSizes => AdditionalMeterSizes is null ? [MeterSize] : [MeterSize, .. AdditionalMeterSizes];

    /// <summary>Initial and final bills cover part of a period: base and flat charges are prorated.</summary>
    public decimal ProrationFactor => ServiceDays == PeriodDays ? 1m : (decimal)ServiceDays / PeriodDays;
}

/// <summary>One priced line of a bill. Quantity and rate are shown to the customer where they mean something.</summary>
public sealed record BillLineAmount(UtilityServices Service, string Description, decimal? Quantity, decimal? Rate, Money Amount);

public sealed record PricedBill(string ScheduleCode, IReadOnlyList<BillLineAmount> Lines)
{
    /// <summary>The total is the sum of the rounded lines.</summary>
    public Money Total => Lines.Select(l => l.Amount).Sum();
}

/// <summary>
/// Prices a bill by the rules of shared/rates/README.md: every line rounded to cents half away from zero, the outside
/// city multiplier on water, sewer and reuse lines (multiply, then round), base and flat charges prorated on partial
/// periods, consumption never prorated, and zero lines kept for active services.
/// </summary>
public static class BillCalculator
{
    public static PricedBill Price(RateSchedule schedule, BillingFacts facts)
    {
        Validate(schedule, facts);
        var lines = new List<BillLineAmount>();
        var outside = facts.InsideCity ? 1m : schedule.OutsideCityMultiplier;
        var prorate = facts.ProrationFactor;
        var units = facts.DwellingUnits;

        if (facts.Services.HasFlag(UtilityServices.Water))
        {
            foreach (var size in facts.MeterSizes)
            {
                lines.Add(Flat(UtilityServices.Water, $"Water base charge ({size}\" meter)", schedule.Water.BaseChargeByMeterSize[size], prorate, outside));
            }

            lines.AddRange(WaterTiers(schedule.Water.Consumption[facts.CustomerClass], facts.WaterGallons, units, outside));
        }

        if (facts.Services.HasFlag(UtilityServices.Sewer))
        {
            foreach (var size in facts.MeterSizes)
            {
                var baseCharge = schedule.Sewer.BaseChargeByMeterSize.TryGetValue(size, out var b) ? b : 0m;
                lines.Add(Flat(UtilityServices.Sewer, $"Sewer base charge ({size}\" meter)", baseCharge, prorate, outside));
            }

            var gallons = facts.CustomerClass == PremiseClass.Residential
                ? Math.Min(facts.WaterGallons, schedule.Sewer.ResidentialCapGallonsPerUnit * units)
                : facts.WaterGallons;
            var description = gallons < facts.WaterGallons
                ? $"Sewer on {Gal(gallons)} gal (residential cap)"
                : $"Sewer on {Gal(gallons)} gal";
            lines.Add(new(UtilityServices.Sewer, description, gallons, schedule.Sewer.RatePerThousand,
                Money.Round(gallons * schedule.Sewer.RatePerThousand / 1000m * outside)));
        }

        if (facts.Services.HasFlag(UtilityServices.Stormwater))
        {
            var erus = StormwaterErus(schedule, facts);
            var what = facts.CustomerClass == PremiseClass.Residential ? "dwelling unit" : "ERU";
            lines.Add(new(UtilityServices.Stormwater, $"Stormwater, {erus} {what}{(erus == 1 ? string.Empty : "s")}", erus, schedule.Stormwater.MonthlyPerEru,
                Money.Round(erus * schedule.Stormwater.MonthlyPerEru * prorate)));
        }

        if (facts.Services.HasFlag(UtilityServices.Refuse))
        {
            var (count, rate, what) = facts.CustomerClass == PremiseClass.Residential
                ? (units, schedule.Refuse.ResidentialPerUnit, "unit")
                : (1, schedule.Refuse.CommercialPerContainer, "container");
            lines.Add(new(UtilityServices.Refuse, $"Refuse, {count} {what}{(count == 1 ? string.Empty : "s")}", count, rate, Money.Round(count * rate * prorate)));
        }

        if (facts.Services.HasFlag(UtilityServices.Reuse))
        {
            var usage = facts.ReuseGallons * schedule.Reuse.RatePerThousand / 1000m;
            var minimum = schedule.Reuse.MinimumMonthly * prorate;
            lines.Add(usage >= minimum
                ? new(UtilityServices.Reuse, $"Reuse water, {Gal(facts.ReuseGallons)} gal", facts.ReuseGallons, schedule.Reuse.RatePerThousand, Money.Round(usage * outside))
                : new(UtilityServices.Reuse, "Reuse water, monthly minimum", facts.ReuseGallons, schedule.Reuse.RatePerThousand, Money.Round(minimum * outside)));
        }

        return new PricedBill(schedule.Code, lines);
    }

    /// <summary>Residential: one ERU per dwelling unit. Others: impervious area over the ERU size, rounded half away from zero, at least one.</summary>
    public static int StormwaterErus(RateSchedule schedule, BillingFacts facts) =>
        facts.CustomerClass == PremiseClass.Residential
            ? facts.DwellingUnits
            : Math.Max(1, (int)decimal.Round(facts.ImperviousSqFt / schedule.Stormwater.NonResidentialSqFtPerEru, 0, MidpointRounding.AwayFromZero));

    private static IEnumerable<BillLineAmount> WaterTiers(ConsumptionTable table, long gallons, int units, decimal outside)
    {
        var scale = table.TiersScaleWithDwellingUnits ? units : 1;
        long lower = 0;
        for (var i = 0; i < table.Tiers.Count; i++)
        {
            var tier = table.Tiers[i];
            var upper = tier.UpToGallons * scale;
            var inTier = Math.Max(0, Math.Min(gallons, upper ?? long.MaxValue) - lower);
            var bounds = upper is null ? $"over {Gal(lower)} gal" : $"{Gal(lower == 0 ? 0 : lower + 1)}–{Gal(upper.Value)} gal";
            var description = table.Tiers.Count == 1 ? $"Water usage, {Gal(inTier)} gal" : $"Water tier {i + 1} ({bounds}): {Gal(inTier)} gal";
            yield return new(UtilityServices.Water, description, inTier, tier.RatePerThousand, Money.Round(inTier * tier.RatePerThousand / 1000m * outside));
            if (upper is null)
            {
                yield break;
            }

            lower = upper.Value;
        }
    }

    private static BillLineAmount Flat(UtilityServices service, string description, decimal charge, decimal prorate, decimal outside) =>
        new(service, prorate == 1m ? description : $"{description}, prorated", 1, charge, Money.Round(charge * prorate * outside));

    private static void Validate(RateSchedule schedule, BillingFacts facts)
    {
        var errors = new List<DomainError>();
        foreach (var size in facts.MeterSizes.Distinct(StringComparer.Ordinal).Where(size => !schedule.HasMeterSize(size)))
        {
            errors.Add(new(ErrorCodes.Invalid, $"Unknown meter size '{size}' in schedule {schedule.Code}. Sizes: {string.Join(", ", schedule.MeterSizes)}.", "meterSize"));
        }

        if (facts.WaterGallons < 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "Water gallons cannot be negative.", "waterGallons"));
        }

        if (facts.ReuseGallons < 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "Reuse gallons cannot be negative.", "reuseGallons"));
        }

        if (facts.DwellingUnits < 1)
        {
            errors.Add(new(ErrorCodes.Invalid, "Dwelling units must be at least 1.", "dwellingUnits"));
        }

        if (facts.ImperviousSqFt < 0)
        {
            errors.Add(new(ErrorCodes.Invalid, "Impervious area cannot be negative.", "imperviousSqFt"));
        }

        if (facts.PeriodDays < 1 || facts.ServiceDays < 0 || facts.ServiceDays > facts.PeriodDays)
        {
            errors.Add(new(ErrorCodes.Invalid, "Service days must be between 0 and the days in the period.", "serviceDays"));
        }

        if (facts.Services == UtilityServices.None)
        {
            errors.Add(new(ErrorCodes.Invalid, "Choose at least one service.", "services"));
        }

        if (!schedule.Water.Consumption.ContainsKey(facts.CustomerClass))
        {
            errors.Add(new(ErrorCodes.Invalid, $"Schedule {schedule.Code} has no consumption rates for {facts.CustomerClass}.", "customerClass"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }

    private static string Gal(long gallons) => gallons.ToString("N0", CultureInfo.InvariantCulture);
}
