namespace UtilityPortal.Domain.Billing.Reports;

/// <summary>
/// The bills a period report covers: those whose billing period ends between <see cref="From"/> and <see cref="To"/>
/// (both included). Reports are asked by month, so a month's cycles land in that month whatever their read day.
/// </summary>
public readonly record struct ReportPeriods(DateOnly From, DateOnly To)
{
    /// <summary>At most three years at a time: enough for a year-on-year comparison, small enough to answer quickly.</summary>
    public const int MaxMonths = 36;

    /// <summary>The months from <paramref name="first"/> through <paramref name="last"/> (any day in each), checked.</summary>
    public static ReportPeriods Months(DateOnly first, DateOnly last)
    {
        var from = new DateOnly(first.Year, first.Month, 1);
        var to = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        if (to < from)
        {
            throw new DomainException(ErrorCodes.Invalid, "The first month must not be after the last.", "From");
        }

        if (((to.Year - from.Year) * 12) + to.Month - from.Month + 1 > MaxMonths)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Choose at most {MaxMonths} months.", "To");
        }

        return new ReportPeriods(from, to);
    }
}
