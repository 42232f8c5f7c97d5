using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>The leak policy with the demo FY2026 rates: tiers 3.05 / 4.25 / 6.30 / 9.45, sewer 5.60 capped at 15,000 gal.</summary>
public sealed class LeakAdjustmentFormula
{
    private static readonly UtilityPortal.Domain.Billing.BillingFacts WaterAndSewer = Schedules.Residential(20_000) with
    {
        Services = UtilityServices.Water | UtilityServices.Sewer,
    };

    [Fact]
    public void GallonsAboveTheAverageArePricedAtTier1WithNoSewer()
    {
        // Billed: water 6,000 x 3.05 + 9,000 x 4.25 + 5,000 x 6.30 = 88.05; sewer 15,000 (cap) x 5.60 = 84.00.
        // Policy: 5,000 x 3.05 = 15.25 and sewer 5,000 x 5.60 = 28.00 for the average, 15,000 x 3.05 = 45.75 for the rest.
        var leak = LeakAdjustment.Calculate(Schedules.Fy2026, WaterAndSewer, averageGallons: 5_000);

        leak.ExcessGallons.ShouldBe(15_000);
        leak.Tier1RatePerThousand.ShouldBe(3.05m);
        (leak.Charged - leak.ByPolicy).ShouldBe(Money.Of(172.05m - 89.00m));
        leak.Credit.ShouldBe(Money.Of(83.05m));
        leak.Explain().ShouldBe("Billed 20,000 gal; 12-month average 5,000 gal; 15,000 gal above it re-priced at the tier 1 rate 3.05 per 1,000 gal "
            + "with no sewer. Water and sewer billed $198.55, by policy $115.50: credit $83.05.");
    }

    [Fact]
    public void WaterOnlyAccountsGetTheTierDifferenceOnly()
    {
        var leak = LeakAdjustment.Calculate(Schedules.Fy2026, WaterAndSewer with { Services = UtilityServices.Water }, averageGallons: 5_000);

        leak.Credit.ShouldBe(Money.Of(88.05m - 15.25m - 45.75m));
    }

    [Fact]
    public void OutsideTheCityEachPartCarriesTheMultiplierAndIsRoundedLikeABillLine()
    {
        // Billed lines: 22.88 + 47.81 + 39.38 water, 105.00 sewer. Policy: 19.06 + 35.00 + 57.19.
        var leak = LeakAdjustment.Calculate(Schedules.Fy2026, WaterAndSewer with { InsideCity = false }, averageGallons: 5_000);

        leak.Credit.ShouldBe(Money.Of(215.07m - 111.25m));
    }

    [Fact]
    public void TheAverageInTheUpperTiersOnlyMovesTheExcessToTier1()
    {
        // Average 18,000: billed water 88.05; policy water 6,000 x 3.05 + 9,000 x 4.25 + 3,000 x 6.30 = 75.45, plus 2,000 x 3.05 = 6.10.
        // Sewer is capped at 15,000 both ways, so it does not change.
        var leak = LeakAdjustment.Calculate(Schedules.Fy2026, WaterAndSewer, averageGallons: 18_000);

        leak.Credit.ShouldBe(Money.Of(88.05m - 75.45m - 6.10m));
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(25_000)]
    public void UseAtOrBelowTheAverageIsNoLeak(long average)
    {
        var refused = Should.Throw<DomainException>(() => LeakAdjustment.Calculate(Schedules.Fy2026, WaterAndSewer, average));

        refused.Message.ShouldStartWith("The bill's 20,000 gallons are not above the account's 12-month average");
    }
}
