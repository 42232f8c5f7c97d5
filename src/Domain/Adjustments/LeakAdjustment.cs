using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>The leak policy worked out for one bill; <see cref="Credit"/> is what the customer gets back.</summary>
/// <param name="Charged">Water and sewer as billed.</param>
/// <param name="ByPolicy">Water and sewer as the policy prices them.</param>
public sealed record LeakCalculation(long BilledGallons, long AverageGallons, long ExcessGallons, decimal Tier1RatePerThousand, Money Charged, Money ByPolicy)
{
    public Money Credit => Charged - ByPolicy;

    /// <summary>The working, stored on the request so a reviewer can check it.</summary>
    public string Explain()
    {
        var us = CultureInfo.GetCultureInfo("en-US");
        return string.Create(us,
            $"Billed {BilledGallons:N0} gal; 12-month average {AverageGallons:N0} gal; {ExcessGallons:N0} gal above it re-priced at the tier 1 rate "
            + $"{Tier1RatePerThousand:0.00} per 1,000 gal with no sewer. Water and sewer billed {Charged}, by policy {ByPolicy}: credit {Credit}.");
    }
}

/// <summary>
/// The leak adjustment policy (docs/decisions/0013-adjustments.md): the gallons above the account's 12-month average
/// in the bill's period are re-priced at the tier 1 water rate, and carry no sewer charge, since leaked water did not
/// reach the sewer. Base charges, stormwater, refuse and reuse are unchanged. The outside-city multiplier applies as
/// on the bill, and each part is rounded like a bill line.
/// </summary>
public static class LeakAdjustment
{
    public static LeakCalculation Calculate(RateSchedule schedule, BillingFacts billed, long averageGallons)
    {
        if (averageGallons < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "An average use cannot be negative.", nameof(averageGallons));
        }

        var excess = billed.WaterGallons - averageGallons;
        if (excess <= 0)
        {
            throw new DomainException(ErrorCodes.Invalid,
                $"The bill's {billed.WaterGallons:N0} gallons are not above the account's 12-month average of {averageGallons:N0} gallons; there is no leak use to adjust.", "billId");
        }

        var tier1 = schedule.Water.Consumption[billed.CustomerClass].Tiers[0].RatePerThousand;
        var outside = billed.InsideCity ? 1m : schedule.OutsideCityMultiplier;
        var charged = WaterAndSewer(schedule, billed);
        var byPolicy = WaterAndSewer(schedule, billed with { WaterGallons = averageGallons }) + Money.Round(excess * tier1 / 1000m * outside);
        return new LeakCalculation(billed.WaterGallons, averageGallons, excess, tier1, charged, byPolicy);
    }

    /// <summary>A bill's water and sewer lines, the only ones use changes.</summary>
    internal static Money WaterAndSewer(RateSchedule schedule, BillingFacts facts) =>
        BillCalculator.Price(schedule, facts).Lines
            .Where(l => l.Service is UtilityServices.Water or UtilityServices.Sewer)
            .Select(l => l.Amount)
            .Sum();
}
