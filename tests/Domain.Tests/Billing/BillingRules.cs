using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Billing;

/// <summary>One test per pricing rule of the rate schedule format.</summary>
public sealed class BillingRules
{
    private static PricedBill Price(BillingFacts facts) => BillCalculator.Price(Schedules.Fy2026, facts);

    private static decimal Line(PricedBill bill, UtilityServices service, int index = 0) =>
        bill.Lines.Where(l => l.Service == service).ElementAt(index).Amount.Amount;

    [Fact]
    public void AConsumptionExactlyOnATierBoundStaysInTheLowerTier()
    {
        var bill = Price(Schedules.Residential(6_000));

        Line(bill, UtilityServices.Water, 1).ShouldBe(18.30m); // 6,000 x 3.05
        Line(bill, UtilityServices.Water, 2).ShouldBe(0m);
    }

    [Fact]
    public void OneGallonOverABoundIsChargedAtTheNextRate()
    {
        var bill = Price(Schedules.Residential(6_001));

        Line(bill, UtilityServices.Water, 2).ShouldBe(0m); // 1 gal x 4.25 / 1000 = 0.00425 -> 0.00
        bill.Lines.First(l => l.Service == UtilityServices.Water && l.Description.StartsWith("Water tier 2", StringComparison.Ordinal)).Quantity.ShouldBe(1m);
    }

    [Fact]
    public void DwellingUnitsScaleEveryResidentialTierBound()
    {
        // 4 units: tier 1 covers 24,000 gal, tier 2 up to 60,000.
        var bill = Price(Schedules.Residential(30_000) with { DwellingUnits = 4 });

        Line(bill, UtilityServices.Water, 1).ShouldBe(73.20m);  // 24,000 x 3.05
        Line(bill, UtilityServices.Water, 2).ShouldBe(25.50m);  // 6,000 x 4.25
        Line(bill, UtilityServices.Water, 3).ShouldBe(0m);
    }

    [Fact]
    public void ResidentialSewerIsCappedPerDwellingUnit()
    {
        var one = Price(Schedules.Residential(20_000));
        var two = Price(Schedules.Residential(20_000) with { DwellingUnits = 2 });
        var commercial = Price(Schedules.Residential(20_000) with { CustomerClass = PremiseClass.Commercial });

        Line(one, UtilityServices.Sewer, 1).ShouldBe(84.00m);        // capped at 15,000 x 5.60
        Line(two, UtilityServices.Sewer, 1).ShouldBe(112.00m);       // 20,000 under the 30,000 cap
        Line(commercial, UtilityServices.Sewer, 1).ShouldBe(112.00m); // uncapped
    }

    [Theory]
    [InlineData(2_905, 1)]  // 1.4997 ERU -> 1
    [InlineData(2_906, 2)]  // 1.5003 -> 2 (half away from zero)
    [InlineData(100, 1)]    // minimum one
    [InlineData(9_685, 5)]  // exactly 5
    public void NonResidentialStormwaterRoundsErusHalfAwayFromZero(int sqFt, int erus)
    {
        var facts = Schedules.Residential() with { CustomerClass = PremiseClass.Commercial, ImperviousSqFt = sqFt };

        BillCalculator.StormwaterErus(Schedules.Fy2026, facts).ShouldBe(erus);
        Line(Price(facts), UtilityServices.Stormwater).ShouldBe(erus * 6.90m);
    }

    [Fact]
    public void AnEruOfExactlyHalfRoundsUp()
    {
        // A schedule whose ERU is 2,000 sq ft makes 3,000 sq ft exactly 1.5 ERUs.
        var schedule = Schedules.Fy2026 with { Stormwater = Schedules.Fy2026.Stormwater with { NonResidentialSqFtPerEru = 2000m } };
        var facts = Schedules.Residential() with { CustomerClass = PremiseClass.Commercial, ImperviousSqFt = 3_000 };

        BillCalculator.StormwaterErus(schedule, facts).ShouldBe(2);
    }

    [Fact]
    public void ReuseNeverBillsLessThanTheMinimum()
    {
        var reuse = Schedules.Residential() with { Services = UtilityServices.Reuse };

        Line(Price(reuse with { ReuseGallons = 2_000 }), UtilityServices.Reuse).ShouldBe(6.00m);   // 2.30 < 6.00
        Line(Price(reuse with { ReuseGallons = 10_000 }), UtilityServices.Reuse).ShouldBe(11.50m); // 10,000 x 1.15
        Line(Price(reuse with { ReuseGallons = 0 }), UtilityServices.Reuse).ShouldBe(6.00m);
    }

    [Fact]
    public void AnInitialBillProratesBaseAndFlatChargesButNotConsumption()
    {
        // Service started with 10 of 30 days left.
        var bill = Price(Schedules.Residential() with { ServiceDays = 10, PeriodDays = 30 });

        Line(bill, UtilityServices.Water, 0).ShouldBe(4.13m);  // 12.40 / 3 = 4.1333
        Line(bill, UtilityServices.Water, 1).ShouldBe(18.30m); // consumption is not prorated
        Line(bill, UtilityServices.Sewer, 0).ShouldBe(4.70m);  // 14.10 / 3
        Line(bill, UtilityServices.Sewer, 1).ShouldBe(42.00m);
        Line(bill, UtilityServices.Stormwater).ShouldBe(2.30m);
        Line(bill, UtilityServices.Refuse).ShouldBe(8.20m);
    }

    [Fact]
    public void AFinalBillProratesTheReuseMinimumToo()
    {
        var bill = Price(Schedules.Residential() with { Services = UtilityServices.Reuse, ServiceDays = 15, PeriodDays = 30 });

        Line(bill, UtilityServices.Reuse).ShouldBe(3.00m);
    }

    [Fact]
    public void OutsideCityMultipliesWaterSewerAndReuseOnly()
    {
        var all = UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse | UtilityServices.Reuse;
        var inside = Price(Schedules.Residential() with { Services = all, ReuseGallons = 10_000 });
        var outside = Price(Schedules.Residential() with { Services = all, ReuseGallons = 10_000, InsideCity = false });

        Line(outside, UtilityServices.Water, 0).ShouldBe(15.50m);
        Line(outside, UtilityServices.Sewer, 1).ShouldBe(52.50m);
        Line(outside, UtilityServices.Reuse).ShouldBe(14.38m);  // 11.50 x 1.25 = 14.375
        Line(outside, UtilityServices.Stormwater).ShouldBe(Line(inside, UtilityServices.Stormwater));
        Line(outside, UtilityServices.Refuse).ShouldBe(Line(inside, UtilityServices.Refuse));
    }

    [Fact]
    public void CommercialRefuseIsPerContainer()
    {
        Line(Price(Schedules.Residential() with { CustomerClass = PremiseClass.Commercial }), UtilityServices.Refuse).ShouldBe(102.00m);
    }

    [Fact]
    public void BadFactsAreRefusedWithEveryField()
    {
        var error = Should.Throw<DomainException>(() => Price(Schedules.Residential(-1) with { MeterSize = "7/8" }));

        error.Errors.Select(e => e.Field).ShouldBe(["meterSize", "waterGallons"], ignoreOrder: true);
    }

    [Fact]
    public void TheScheduleInEffectOnThePeriodEndPricesTheBill()
    {
        var schedules = new[] { Schedules.Fy2025, Schedules.Fy2026 };

        UtilityPortal.Domain.Billing.Rates.RateSchedule.InEffectOn(schedules, new DateOnly(2025, 9, 30))!.Code.ShouldBe("FY2025");
        UtilityPortal.Domain.Billing.Rates.RateSchedule.InEffectOn(schedules, new DateOnly(2025, 10, 1))!.Code.ShouldBe("FY2026");
        UtilityPortal.Domain.Billing.Rates.RateSchedule.InEffectOn(schedules, new DateOnly(2024, 9, 30)).ShouldBeNull();
        BillCalculator.Price(Schedules.Fy2025, Schedules.Residential()).Total.ShouldBeLessThan(BillCalculator.Price(Schedules.Fy2026, Schedules.Residential()).Total);
    }
}
