using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Statements;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Billing;

/// <summary>A resident's bill statement: thirteen months of use from the account's bills and the plain-language comparison, in English and Spanish.</summary>
public sealed class StatementsExplainTheBill
{
    private static readonly Guid Account = Guid.CreateVersion7();

    /// <summary>A posted monthly bill whose period ends on the 20th of the month.</summary>
    private static BillSummary Posted(int year, int month, long gallons, bool estimated = false, BillStatus status = BillStatus.Posted,
        BillKind kind = BillKind.Cycle)
    {
        var end = new DateOnly(year, month, 20);
        var start = end.AddMonths(-1).AddDays(1);
        return new BillSummary(Guid.CreateVersion7(), Account, "1000001-1", kind, status, start, end, start, end, gallons, 0, estimated, null,
            Money.Of(50m), Money.Of(50m), end.AddDays(2), end.AddDays(23), "FY2026", 1, 0, null);
    }

    private static BillDetails Details(BillSummary summary, IReadOnlyList<BillLineAmount>? lines = null)
    {
        lines ??= BillCalculator.Price(Schedules.Fy2026, Schedules.Residential(summary.WaterGallons)).Lines;
        return new BillDetails(summary, PremiseClass.Residential, "5/8", null, true, 1, City.FourServices, Money.Zero, Money.Zero, Money.Zero, Money.Zero,
            lines.Select((l, i) => new BillLineView(i + 1, l.Service, l.Description, l.Quantity, l.Rate, l.Amount)).ToList(), [], [], null, null, null, null, null);
    }

    /// <summary>November 2026's bill after a year of bills: November 2025 8,000 gallons, then 10,000 a month, then October 2026 12,000 (an average of 10,000).</summary>
    private static BillStatement NovemberAfterAYear(long november, long october = 12_000, long lastNovember = 8_000, long others = 10_000)
    {
        var history = new List<BillSummary> { Posted(2025, 11, lastNovember) };
        for (var month = 12; month <= 21; month++)
        {
            history.Add(Posted(2025 + ((month - 1) / 12), ((month - 1) % 12) + 1, others));
        }

        history.Add(Posted(2026, 10, october));
        var bill = Posted(2026, 11, november);
        return BillStatements.Build(Details(bill), [bill, .. history]);
    }

    [Fact]
    public void TheChartHasThirteenMonthsEndingWithThisBill()
    {
        var statement = NovemberAfterAYear(16_200);

        statement.Months.Count.ShouldBe(13);
        statement.Months[0].FirstDay.ShouldBe(new DateOnly(2025, 11, 1));
        statement.Months[^1].FirstDay.ShouldBe(new DateOnly(2026, 11, 1));
        statement.Months[^1].IsThisBill.ShouldBeTrue();
        statement.Months.Count(m => m.IsThisBill).ShouldBe(1);
        statement.Months.Select(m => m.Gallons).ShouldBe([8_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 12_000, 16_200]);
    }

    [Fact]
    public void TheComparisonFiguresComeFromTheMonthsBefore()
    {
        var c = NovemberAfterAYear(16_200, october: 12_001).Comparison;

        c.LastMonthGallons.ShouldBe(12_001);
        c.SameMonthLastYearGallons.ShouldBe(8_000);
        // (8,000 + 10 x 10,000 + 12,001) / 12 = 10,000.08, rounded to 10,000; 16,200 is 62% above it.
        c.AverageGallons.ShouldBe(10_000);
        c.AverageMonths.ShouldBe(12);
        c.PercentAgainstAverage.ShouldBe(62);
        c.FirstBill.ShouldBeFalse();
    }

    [Fact]
    public void TheExplanationNamesTheAverageTheTopTierLastMonthAndLastYear()
    {
        var c = NovemberAfterAYear(16_200).Comparison;

        // 16,200 gallons on the residential table (6,000 / 15,000 / 30,000 / over): 1,200 of them in tier 3.
        c.TopTier.ShouldBe(new TierUse(3, 1_200));
        StatementWording.English.Explain(c).ShouldBe(
        [
            "You used 16,200 gallons, 62% more than your 12-month average of 10,000 gallons; 1,200 of them were billed at tier 3.",
            "That is 4,200 gallons more than last month (12,000 gallons).",
            "It is 8,200 gallons more than in November 2025 (8,000 gallons).",
        ]);
    }

    [Fact]
    public void TheExplanationReadsInSpanish()
    {
        var c = NovemberAfterAYear(16_200).Comparison;

        StatementWording.For("es").Explain(c).ShouldBe(
        [
            "Usó 16,200 galones, 62% más que su promedio de 12 meses de 10,000 galones; 1,200 de ellos se facturaron en el nivel 3.",
            "Son 4,200 galones más que el mes pasado (12,000 galones).",
            "Son 8,200 galones más que en noviembre de 2025 (8,000 galones).",
        ]);
    }

    [Fact]
    public void LessUseReadsAsLess()
    {
        var c = NovemberAfterAYear(4_000).Comparison;

        c.TopTier.ShouldBeNull("4,000 gallons stay in the first tier");
        StatementWording.English.Explain(c).ShouldBe(
        [
            "You used 4,000 gallons, 60% less than your 12-month average of 10,000 gallons.",
            "That is 8,000 gallons less than last month (12,000 gallons).",
            "It is 4,000 gallons less than in November 2025 (8,000 gallons).",
        ]);
    }

    [Fact]
    public void AFirstBillHasNothingToCompareWith()
    {
        var bill = Posted(2026, 11, 7_500);

        var statement = BillStatements.Build(Details(bill), [bill]);

        statement.Months.Count.ShouldBe(13);
        statement.Months.Take(12).ShouldAllBe(m => m.Gallons == null);
        statement.Comparison.FirstBill.ShouldBeTrue();
        statement.Comparison.AverageGallons.ShouldBeNull();
        StatementWording.English.Explain(statement.Comparison).ShouldBe(
        [
            "You used 7,500 gallons; 1,500 of them were billed at tier 2.",
            "This is your first bill, so there is no earlier use to compare it with.",
        ]);
        StatementWording.Spanish.Explain(statement.Comparison)[1].ShouldBe("Esta es su primera factura, así que no hay consumo anterior para comparar.");
    }

    [Fact]
    public void ZeroUseSaysNoWater()
    {
        var statement = NovemberAfterAYear(0);

        var lines = StatementWording.English.Explain(statement.Comparison);

        lines[0].ShouldBe("You used no water this period, 100% less than your 12-month average of 10,000 gallons.");
        lines[1].ShouldBe("That is 12,000 gallons less than last month (12,000 gallons).");
        statement.Months[^1].Gallons.ShouldBe(0);
    }

    [Fact]
    public void AnEstimatedReadIsSaidAndMarked()
    {
        var history = new[] { Posted(2026, 8, 6_000), Posted(2026, 9, 6_500, estimated: true), Posted(2026, 10, 7_000) };
        var bill = Posted(2026, 11, 6_000, estimated: true);

        var statement = BillStatements.Build(Details(bill), [bill, .. history]);

        statement.Months.Where(m => m.Estimated).Select(m => m.Month).ShouldBe([9, 11]);
        statement.Comparison.AverageMonths.ShouldBe(3);
        var english = StatementWording.English.Explain(statement.Comparison);
        english[0].ShouldBe("You used 6,000 gallons, 8% less than your average of the last 3 months of 6,500 gallons.");
        english[2].ShouldBe("There is no bill from November 2025 to compare with.");
        english[^1].ShouldBe("Your meter could not be read this period, so the use on this bill was estimated from your past use.");
        StatementWording.Spanish.Explain(statement.Comparison)[^1].ShouldStartWith("No se pudo leer su medidor");
    }

    [Fact]
    public void CancelledDraftAndDepositBillsAreNotUse()
    {
        var history = new[]
        {
            Posted(2026, 10, 99_000, status: BillStatus.Cancelled),
            Posted(2026, 10, 7_000),
            Posted(2026, 9, 0, kind: BillKind.Deposit),
            Posted(2026, 8, 50_000, status: BillStatus.Draft),
        };
        var bill = Posted(2026, 11, 7_000);

        var statement = BillStatements.Build(Details(bill), [bill, .. history]);

        statement.Months.Where(m => m.Gallons is not null).Select(m => (m.Month, m.Gallons)).ShouldBe([(10, (long?)7_000), (11, 7_000)]);
        statement.Comparison.AverageGallons.ShouldBeNull("one earlier month is too few for an average");
        StatementWording.English.Explain(statement.Comparison)[1].ShouldBe("That is the same as last month.");
    }

    [Fact]
    public void TheTopTierIsReadFromTheLinesTheCalculatorWrites()
    {
        var units = Schedules.Residential(40_000) with { DwellingUnits = 2 };

        var lines = BillCalculator.Price(Schedules.Fy2026, units).Lines.Select((l, i) => new BillLineView(i + 1, l.Service, l.Description, l.Quantity, l.Rate, l.Amount));

        // Two units double each block: 12,000 / 30,000 / 60,000 / over, so 10,000 gallons reach tier 3.
        BillStatements.TopTier(lines).ShouldBe(new TierUse(3, 10_000));
    }

    [Fact]
    public void EveryLineTheCalculatorWritesReadsInSpanish()
    {
        var all = UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse | UtilityServices.Reuse;
        BillingFacts[] bills =
        [
            Schedules.Residential(40_000) with { Services = all, ReuseGallons = 20_000, DwellingUnits = 2 },
            Schedules.Residential(3_000) with { Services = all, ServiceDays = 10, InsideCity = false },
            Schedules.Residential(9_000) with { CustomerClass = PremiseClass.Commercial, MeterSize = "2", ImperviousSqFt = 9_000, Services = all },
            Schedules.Residential(25_000) with { CustomerClass = PremiseClass.Irrigation, MeterSize = "1", Services = UtilityServices.Water },
        ];
        var spanish = System.Globalization.CultureInfo.GetCultureInfo("es-US");
        var descriptions = bills.SelectMany(f => BillCalculator.Price(Schedules.Fy2026, f).Lines).Select(l => l.Description)
            .Append("Service deposit (5/8\" meter, residential)").Distinct().ToList();

        descriptions.Count.ShouldBeGreaterThan(15);
        foreach (var english in descriptions)
        {
            var translated = LineWording.Describe(english, spanish);
            translated.ShouldNotBe(english, $"'{english}' has no Spanish wording");
            translated.ShouldNotMatch(@"\b(Water|Sewer|Stormwater|Refuse|Reuse|tier|prorated|unit|units)\b", $"'{english}' became '{translated}'");
            LineWording.Describe(english, System.Globalization.CultureInfo.GetCultureInfo("en-US")).ShouldBe(english);
        }
    }
}

/// <summary>The services a test account has, as the billing tests' city gives them.</summary>
file static class City
{
    public const UtilityServices FourServices = UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse;
}
