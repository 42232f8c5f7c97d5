using System.Globalization;
using System.Text.RegularExpressions;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Bills;

namespace UtilityPortal.Domain.Billing.Statements;

/// <summary>The water use of one calendar month (by the month its bills' periods end); null gallons when no bill ended in it.</summary>
public sealed record UsageMonth(int Year, int Month, long? Gallons, bool Estimated, bool IsThisBill)
{
    public DateOnly FirstDay => new(Year, Month, 1);
}

/// <summary>The gallons billed in the highest tier a bill reached.</summary>
public sealed record TierUse(int Tier, long Gallons);

/// <summary>
/// What a resident's bill is compared with: last month, the same month last year and the average of the months before
/// (at most twelve). Each is null when there is no bill to compare with.
/// </summary>
public sealed record UsageComparison(
    DateOnly Month,
    long Gallons,
    long? LastMonthGallons,
    long? SameMonthLastYearGallons,
    long? AverageGallons,
    int AverageMonths,
    TierUse? TopTier,
    bool Estimated,
    bool FirstBill)
{
    /// <summary>How far this bill's use is from the average, in whole percent (rounded half away from zero); null without an average above zero.</summary>
    public int? PercentAgainstAverage => AverageGallons is > 0 and { } average
        ? (int)decimal.Round((Gallons - average) * 100m / average, 0, MidpointRounding.AwayFromZero)
        : null;
}

/// <summary>A bill as the resident's statement shows it: the bill, thirteen months of use ending with its month, and the comparisons.</summary>
public sealed record BillStatement(BillDetails Bill, IReadOnlyList<UsageMonth> Months, UsageComparison Comparison);

/// <summary>
/// Builds a bill's statement from the bill and the account's other bills (as <see cref="ListBills"/> returns them, so
/// a resident's statement is made only of bills they may see). Use by month comes from posted bills: a cancelled bill
/// was replaced, and a deposit bill has no use.
/// </summary>
public static partial class BillStatements
{
    /// <summary>The chart's months: this bill's month and the twelve before it.</summary>
    public const int ChartMonths = 13;

    /// <summary>Fewer months than this make no average worth quoting.</summary>
    public const int MinimumAverageMonths = 3;

    public static BillStatement Build(BillDetails bill, IEnumerable<BillSummary> accountBills)
    {
        var summary = bill.Summary;
        var month = new DateOnly(summary.PeriodEnd.Year, summary.PeriodEnd.Month, 1);
        var byMonth = accountBills
            .Where(b => b.Id != summary.Id && b.Status == BillStatus.Posted && b.Kind != BillKind.Deposit && b.PeriodEnd < month)
            .GroupBy(b => new DateOnly(b.PeriodEnd.Year, b.PeriodEnd.Month, 1))
            .ToDictionary(g => g.Key, g => (Gallons: g.Sum(b => b.WaterGallons), Estimated: g.Any(b => b.Estimated)));

        var months = new List<UsageMonth>(ChartMonths);
        for (var i = ChartMonths - 1; i >= 1; i--)
        {
            var day = month.AddMonths(-i);
            months.Add(byMonth.TryGetValue(day, out var use)
                ? new UsageMonth(day.Year, day.Month, use.Gallons, use.Estimated, false)
                : new UsageMonth(day.Year, day.Month, null, false, false));
        }

        months.Add(new UsageMonth(month.Year, month.Month, summary.WaterGallons, summary.Estimated, true));

        var before = months.Take(ChartMonths - 1).Where(m => m.Gallons is not null).ToList();
        long? average = before.Count >= MinimumAverageMonths
            ? (long)decimal.Round(before.Sum(m => m.Gallons!.Value) / (decimal)before.Count, 0, MidpointRounding.AwayFromZero)
            : null;
        var comparison = new UsageComparison(
            month,
            summary.WaterGallons,
            months[^2].Gallons,
            months[0].Gallons,
            average,
            average is null ? 0 : before.Count,
            TopTier(bill.Lines),
            summary.Estimated,
            FirstBill: !byMonth.Keys.Any(k => k < month));
        return new BillStatement(bill, months, comparison);
    }

    /// <summary>
    /// The highest water tier with use, when above the first. BillCalculator names tier lines "Water tier N (...)";
    /// a test prices a bill with it and reads the tier back, so a change of wording there fails here.
    /// </summary>
    public static TierUse? TopTier(IEnumerable<BillLineView> lines) =>
        lines.Where(l => l.Service == UtilityServices.Water && l.Quantity is > 0)
            .Select(l => (Match: TierLine().Match(l.Description), l.Quantity))
            .Where(x => x.Match.Success)
            .Select(x => new TierUse(int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), (long)x.Quantity!.Value))
            .Where(t => t.Tier > 1)
            .MaxBy(t => t.Tier);

    [GeneratedRegex(@"^Water tier (\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TierLine();
}
