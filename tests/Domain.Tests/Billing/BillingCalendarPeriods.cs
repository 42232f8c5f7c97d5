using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Tests.Billing;

public sealed class BillingCalendarPeriods
{
    [Theory]
    [InlineData(1, 2026, 11, "2026-10-02", "2026-11-01", 31)]
    [InlineData(3, 2026, 11, "2026-10-04", "2026-11-03", 31)]
    [InlineData(20, 2026, 3, "2026-02-21", "2026-03-20", 28)]
    [InlineData(15, 2026, 1, "2025-12-16", "2026-01-15", 31)]
    public void ACyclesPeriodRunsFromTheDayAfterLastMonthsReadToThisMonthsRead(int cycle, int year, int month, string start, string end, int days)
    {
        var period = BillingCalendar.PeriodFor(cycle, year, month);

        period.ShouldBe(new BillingPeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
        period.Days.ShouldBe(days);
    }

    [Fact]
    public void ConsecutivePeriodsNeitherOverlapNorLeaveAGap()
    {
        for (var month = 1; month <= 12; month++)
        {
            var next = BillingCalendar.PeriodFor(7, month == 12 ? 2027 : 2026, month == 12 ? 1 : month + 1);
            BillingCalendar.PeriodFor(7, 2026, month).End.AddDays(1).ShouldBe(next.Start);
        }
    }

    [Theory]
    [InlineData("2026-10-19", "2026-10-04", "2026-11-03")]
    [InlineData("2026-11-03", "2026-10-04", "2026-11-03")]
    [InlineData("2026-11-04", "2026-11-04", "2026-12-03")]
    public void ThePeriodContainingADay(string day, string start, string end)
    {
        var period = BillingCalendar.PeriodContaining(3, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        period.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ThereAreTwentyCycles()
    {
        Should.Throw<DomainException>(() => BillingCalendar.PeriodFor(21, 2026, 1)).Errors[0].Field.ShouldBe("cycle");
        Should.Throw<DomainException>(() => BillingCalendar.PeriodFor(0, 2026, 1));
    }
}
