using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Development;

/// <summary>
/// The estimate lines of rates/README.md "Contractor estimates" for every meter size of the demo FY2026 schedule, inside
/// and outside the city, with and without stated demand. The figures are worked by hand from demo-fy2026.json
/// (water $1,750 and sewer $2,125 per ERC, 350 gpd per ERC, outside x1.25, commercial deposits).
/// </summary>
public sealed class EstimateLinesForEveryMeterSize
{
    /// <summary>size, inside city, stated gpd, ERCs, water, sewer, meter installation (null: by contractor), deposit.</summary>
    public static TheoryData<string, bool, int?, decimal, decimal, decimal, decimal?, decimal> Commercial => new()
    {
        { "5/8", true, null, 1.00m, 1_750.00m, 2_125.00m, 325m, 300m },
        { "3/4", true, null, 1.50m, 2_625.00m, 3_187.50m, 375m, 300m },
        { "1", true, null, 2.50m, 4_375.00m, 5_312.50m, 450m, 500m },
        { "1-1/2", true, null, 5.00m, 8_750.00m, 10_625.00m, 850m, 900m },
        { "2", true, null, 8.00m, 14_000.00m, 17_000.00m, 1_100m, 1_400m },
        { "3", true, null, 16.00m, 28_000.00m, 34_000.00m, null, 2_800m },
        { "4", true, null, 25.00m, 43_750.00m, 53_125.00m, null, 4_500m },
        { "6", true, null, 50.00m, 87_500.00m, 106_250.00m, null, 9_000m },

        { "5/8", false, null, 1.00m, 2_187.50m, 2_656.25m, 325m, 300m },
        { "3/4", false, null, 1.50m, 3_281.25m, 3_984.38m, 375m, 300m },
        { "1", false, null, 2.50m, 5_468.75m, 6_640.63m, 450m, 500m },
        { "1-1/2", false, null, 5.00m, 10_937.50m, 13_281.25m, 850m, 900m },
        { "2", false, null, 8.00m, 17_500.00m, 21_250.00m, 1_100m, 1_400m },
        { "3", false, null, 16.00m, 35_000.00m, 42_500.00m, null, 2_800m },
        { "4", false, null, 25.00m, 54_687.50m, 66_406.25m, null, 4_500m },
        { "6", false, null, 50.00m, 109_375.00m, 132_812.50m, null, 9_000m },

        // 1,000 gpd / 350 = 2.857... ERCs, rounded up to 2.86: larger than the table up to 1", smaller from 1-1/2" on.
        { "5/8", true, 1_000, 2.86m, 5_005.00m, 6_077.50m, 325m, 300m },
        { "3/4", true, 1_000, 2.86m, 5_005.00m, 6_077.50m, 375m, 300m },
        { "1", true, 1_000, 2.86m, 5_005.00m, 6_077.50m, 450m, 500m },
        { "1-1/2", true, 1_000, 5.00m, 8_750.00m, 10_625.00m, 850m, 900m },
        { "2", true, 1_000, 8.00m, 14_000.00m, 17_000.00m, 1_100m, 1_400m },
        { "3", true, 1_000, 16.00m, 28_000.00m, 34_000.00m, null, 2_800m },
        { "4", true, 1_000, 25.00m, 43_750.00m, 53_125.00m, null, 4_500m },
        { "6", true, 1_000, 50.00m, 87_500.00m, 106_250.00m, null, 9_000m },

        { "5/8", false, 1_000, 2.86m, 6_256.25m, 7_596.88m, 325m, 300m },
        { "3/4", false, 1_000, 2.86m, 6_256.25m, 7_596.88m, 375m, 300m },
        { "1", false, 1_000, 2.86m, 6_256.25m, 7_596.88m, 450m, 500m },
        { "1-1/2", false, 1_000, 5.00m, 10_937.50m, 13_281.25m, 850m, 900m },
        { "2", false, 1_000, 8.00m, 17_500.00m, 21_250.00m, 1_100m, 1_400m },

        // 20,000 gpd = 57.15 ERCs (57.142... rounded up), more than even a 6" meter's 50.
        { "3", false, 20_000, 57.15m, 125_015.63m, 151_804.69m, null, 2_800m },
        { "4", false, 20_000, 57.15m, 125_015.63m, 151_804.69m, null, 4_500m },
        { "6", false, 20_000, 57.15m, 125_015.63m, 151_804.69m, null, 9_000m },
    };

    [Theory]
    [MemberData(nameof(Commercial))]
    public void CommercialWithSewer(string size, bool inside, int? gpd, decimal ercs, decimal water, decimal sewer, decimal? installation, decimal deposit)
    {
        var estimate = EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Commercial, size, true, gpd, inside));

        Assert.Equal(ercs, estimate.Ercs);
        Assert.Equal(
            [EstimateLineKind.WaterCapitalFacility, EstimateLineKind.SewerCapitalFacility, EstimateLineKind.MeterInstallation, EstimateLineKind.Deposit],
            estimate.Lines.Select(l => l.Kind));
        Assert.Equal([water, sewer, installation ?? 0m, deposit], estimate.Lines.Select(l => l.Amount.Amount));
        Assert.Equal(water + sewer + (installation ?? 0m) + deposit, estimate.Total.Amount);
        Assert.Equal(installation is null, estimate.Lines[2].Description.EndsWith("installed by contractor", StringComparison.Ordinal));
        Assert.Equal(!inside, estimate.Lines[0].Description.Contains("outside city x 1.25", StringComparison.Ordinal));
        Assert.All(estimate.Lines, l => Assert.Equal(decimal.Round(l.Amount.Amount, 2), l.Amount.Amount));
    }

    [Theory]
    [InlineData("5/8", 150)]
    [InlineData("3/4", 150)]
    [InlineData("1", 250)]
    [InlineData("1-1/2", 400)]
    [InlineData("2", 600)]
    public void ResidentialDepositsFollowTheResidentialTable(string size, decimal deposit)
    {
        var estimate = EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Residential, size, true, null, true));

        var line = Assert.Single(estimate.Lines, l => l.Kind == EstimateLineKind.Deposit);
        Assert.Equal(deposit, line.Amount.Amount);
        Assert.Equal($"Service deposit ({size}\" meter, residential)", line.Description);
    }

    [Fact]
    public void WithoutSewerThereIsNoSewerLine()
    {
        var estimate = EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Residential, "3/4", false, null, true));

        Assert.DoesNotContain(estimate.Lines, l => l.Kind == EstimateLineKind.SewerCapitalFacility);
        Assert.Equal(2_625m + 375m + 150m, estimate.Total.Amount);
    }

    [Theory]
    [InlineData(351, 1.01)]
    [InlineData(700, 2.00)]
    [InlineData(100, 1.00)]
    public void StatedDemandIsRoundedUpToHundredthsAndNeverBelowTheTable(int gpd, decimal ercs) =>
        Assert.Equal(ercs, EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Commercial, "5/8", false, gpd, true)).Ercs);

    [Theory]
    [InlineData("8", "Rate schedule FY2026 sets no connection charges for 8\" meters. Sizes: 5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6.")]
    [InlineData("7/8", "Unknown meter size '7/8'. Sizes: 5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6, 8, 10.")]
    [InlineData("", "Unknown meter size ''. Sizes: 5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6, 8, 10.")]
    public void AnUnknownMeterSizeIsRefusedOnTheMeterSizeField(string size, string message)
    {
        var ex = Assert.Throws<DomainException>(() => EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Commercial, size, true, null, true)));

        Assert.Equal(ErrorCodes.Invalid, ex.Code);
        Assert.Equal("meterSize", ex.Errors[0].Field);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ASizeWithoutADepositForTheClassIsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Residential, "3", true, null, true)));

        Assert.Equal("Rate schedule FY2026 sets no deposit for residential service with a 3\" meter.", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000_001)]
    public void DemandOutOfRangeIsRefused(int gpd)
    {
        var ex = Assert.Throws<DomainException>(() => EstimateCalculator.Calculate(Schedules.Fy2026, new EstimateFacts(PremiseClass.Commercial, "1", true, gpd, true)));

        Assert.Equal("averageDailyGallons", ex.Errors[0].Field);
    }
}
