using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Billing;

/// <summary>The worked examples of shared/rates/README.md, line by line.</summary>
public sealed class GoldenBills
{
    [Fact]
    public void WorkedExample1_ResidentialInsideCity()
    {
        var bill = BillCalculator.Price(Schedules.Fy2026, Schedules.Residential());

        NonZero(bill).ShouldBe([12.40m, 18.30m, 6.38m, 14.10m, 42.00m, 6.90m, 24.60m]);
        bill.Total.Amount.ShouldBe(124.68m);
    }

    [Fact]
    public void WorkedExample2_TheSameAccountOutsideCityLimits()
    {
        var bill = BillCalculator.Price(Schedules.Fy2026, Schedules.Residential() with { InsideCity = false });

        NonZero(bill).ShouldBe([15.50m, 22.88m, 7.97m, 17.63m, 52.50m, 6.90m, 24.60m]);
        bill.Total.Amount.ShouldBe(147.98m);
    }

    [Fact]
    public void TiersThatWereNotReachedStillShowAsZeroLines()
    {
        var bill = BillCalculator.Price(Schedules.Fy2026, Schedules.Residential());

        var water = bill.Lines.Where(l => l.Service == UtilityServices.Water).ToList();
        water.Count.ShouldBe(5); // base + four tiers
        water[3].Amount.Amount.ShouldBe(0m);
        water[4].Amount.Amount.ShouldBe(0m);
    }

    [Fact]
    public void TheTotalIsTheSumOfTheRoundedLines()
    {
        var bill = BillCalculator.Price(Schedules.Fy2026, Schedules.Residential(7_777) with { InsideCity = false });

        bill.Total.Amount.ShouldBe(bill.Lines.Sum(l => l.Amount.Amount));
        bill.Lines.ShouldAllBe(l => decimal.Round(l.Amount.Amount, 2) == l.Amount.Amount);
    }

    private static decimal[] NonZero(PricedBill bill) => bill.Lines.Where(l => !l.Amount.IsZero).Select(l => l.Amount.Amount).ToArray();
}
