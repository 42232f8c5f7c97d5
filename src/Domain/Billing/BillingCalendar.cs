using System.Globalization;

namespace UtilityPortal.Domain.Billing;

/// <summary>A billing period: the days a bill covers, both ends included.</summary>
public readonly record struct BillingPeriod(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd} to {End:yyyy-MM-dd}");
}

/// <summary>
/// When each billing cycle's meters are read: cycle <c>c</c> on day <c>c</c> of every month (cycle 1 on the 1st,
/// cycle 20 on the 20th), as the meter data system reads them; the bills follow a couple of days later. A cycle's
/// period for a month runs from the day after the previous month's read day to that month's read day, so consecutive
/// periods never overlap and a bill's opening read is the previous bill's closing read.
/// </summary>
public static class BillingCalendar
{
    public static int ReadDay(int cycle)
    {
        RequireCycle(cycle);
        return cycle;
    }

    /// <summary>The period of <paramref name="cycle"/> whose read day falls in the given month.</summary>
    public static BillingPeriod PeriodFor(int cycle, int year, int month)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a month between 2000 and 2100.", "month");
        }

        var end = new DateOnly(year, month, ReadDay(cycle));
        return new BillingPeriod(end.AddMonths(-1).AddDays(1), end);
    }

    /// <summary>The period of <paramref name="cycle"/> that contains <paramref name="day"/>.</summary>
    public static BillingPeriod PeriodContaining(int cycle, DateOnly day)
    {
        var readDay = ReadDay(cycle);
        var end = day.Day <= readDay ? new DateOnly(day.Year, day.Month, readDay) : new DateOnly(day.Year, day.Month, readDay).AddMonths(1);
        return new BillingPeriod(end.AddMonths(-1).AddDays(1), end);
    }

    private static void RequireCycle(int cycle)
    {
        if (cycle is < 1 or > Accounts.ServiceAccount.BillingCycles)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Billing cycles run from 1 to {Accounts.ServiceAccount.BillingCycles}.", "cycle");
        }
    }
}
