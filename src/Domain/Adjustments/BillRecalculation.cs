using System.Globalization;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>A bill's water and sewer priced again on corrected gallons (billing or meter error).</summary>
public sealed record BillRecalculation(long BilledGallons, long CorrectedGallons, Money Charged, Money Corrected)
{
    /// <summary>Positive: the customer was overcharged (a credit); negative: undercharged (a debit).</summary>
    public Money Difference => Charged - Corrected;

    public AdjustmentDirection Direction => Difference.IsNegative ? AdjustmentDirection.Debit : AdjustmentDirection.Credit;

    public static BillRecalculation Calculate(RateSchedule schedule, BillingFacts billed, long correctedGallons)
    {
        if (correctedGallons < 0 || correctedGallons > 100_000_000)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the corrected gallons (0 to 100,000,000).", "correctedGallons");
        }

        if (correctedGallons == billed.WaterGallons)
        {
            throw new DomainException(ErrorCodes.Invalid, "The corrected gallons are what the bill charged; there is nothing to adjust.", "correctedGallons");
        }

        return new BillRecalculation(billed.WaterGallons, correctedGallons,
            LeakAdjustment.WaterAndSewer(schedule, billed), LeakAdjustment.WaterAndSewer(schedule, billed with { WaterGallons = correctedGallons }));
    }

    public string Explain() => string.Create(CultureInfo.GetCultureInfo("en-US"),
        $"Billed {BilledGallons:N0} gal; corrected {CorrectedGallons:N0} gal. Water and sewer billed {Charged}, corrected {Corrected}: {Direction.ToString().ToLowerInvariant()} {Difference.Abs()}.");
}
