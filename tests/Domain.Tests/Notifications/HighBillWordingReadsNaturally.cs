using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

public sealed class HighBillWordingReadsNaturally
{
    private static readonly HighBillFacts Facts = new("1234567-8", new Money(182.40m), 14_000, 8_642, new DateOnly(2026, 11, 30));

    [Fact]
    public void UsageIsComparedWithTheAverageInWholePercent()
    {
        HighBillWording.English.Usage(Facts).ShouldBe("You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons.");
        HighBillWording.Spanish.Usage(Facts).ShouldBe("Usó 14,000 galones, 62% más que su promedio de 12 meses de 8,642 galones.");
    }

    [Fact]
    public void ProjectedAmountNamesTheAccountAndPeriod()
    {
        HighBillWording.English.Projected(Facts).ShouldBe("Your bill for account 1234567-8 for the period ending Monday, November 30, 2026 is projected at $182.40.");
        HighBillWording.Spanish.Projected(Facts).ShouldContain("30 de noviembre de 2026");
    }

    [Fact]
    public void WithoutAnAverageOnlyTheUsageIsStated()
    {
        HighBillWording.English.Usage(Facts with { AverageGallons = 0 }).ShouldBe("You used 14,000 gallons.");
    }

    [Fact]
    public void TheTextStaysShort()
    {
        // English fits two GSM-7 segments (153 characters each); Spanish accents make a text UCS-2, 67 characters a segment, so three.
        HighBillWording.English.SmsBody(Facts).Length.ShouldBeLessThanOrEqualTo(306);
        HighBillWording.Spanish.SmsBody(Facts).Length.ShouldBeLessThanOrEqualTo(201);
    }

    [Fact]
    public void UnknownLanguageReadsEnglish() => HighBillWording.For("fr").ShouldBeSameAs(HighBillWording.English);
}
