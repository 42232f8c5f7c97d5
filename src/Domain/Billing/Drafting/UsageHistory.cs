using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Drafting;

/// <summary>
/// An account's use over the twelve months before a period, from consecutive reads of its meters. The average is per
/// day, so it compares fairly with a period of any length; intervals that went backwards are left out.
/// </summary>
internal sealed class UsageHistory
{
    public const int Days = 365;

    private UsageHistory(List<UsagePoint> points, long gallons, int spanDays)
    {
        Points = points;
        Gallons = gallons;
        SpanDays = spanDays;
    }

    /// <summary>The intervals between reads, oldest first (all meters together).</summary>
    public IReadOnlyList<UsagePoint> Points { get; }

    public long Gallons { get; }

    /// <summary>Days from the first read to the last read of the history.</summary>
    public int SpanDays { get; }

    public static UsageHistory Empty { get; } = new([], 0, 0);

    /// <summary>History of the meters' reads taken from <paramref name="from"/> to <paramref name="until"/>.</summary>
    public static UsageHistory Of(IEnumerable<(MeterToRead Meter, IReadOnlyList<ReadPoint> Reads)> meters, DateOnly from, DateOnly until)
    {
        var points = new List<UsagePoint>();
        long gallons = 0;
        DateOnly? first = null, last = null;
        foreach (var (meter, reads) in meters)
        {
            ReadPoint? previous = null;
            foreach (var read in reads)
            {
                var day = read.Day;
                if (day < from)
                {
                    continue;
                }

                if (day > until)
                {
                    break;
                }

                if (previous is { } p)
                {
                    var use = Consumption.Between(p.Register, read.Register, meter.RegisterDigits);
                    if (use.Kind != ConsumptionKind.Negative && day > p.Day)
                    {
                        points.Add(new UsagePoint(p.Day, day, use.Gallons));
                        gallons += use.Gallons;
                        first = first is null || p.Day < first ? p.Day : first;
                        last = last is null || day > last ? day : last;
                    }
                }

                previous = read;
            }
        }

        if (first is null)
        {
            return Empty;
        }

        points.Sort((a, b) => a.To.CompareTo(b.To));
        return new UsageHistory(points, gallons, last!.Value.DayNumber - first.Value.DayNumber);
    }

    /// <summary>The average use for <paramref name="days"/> days, or null with less than <paramref name="minimumDays"/> of history.</summary>
    public long? AverageFor(int days, int minimumDays) =>
        SpanDays >= Math.Max(1, minimumDays) ? (long)Math.Round((decimal)Gallons * days / SpanDays, MidpointRounding.AwayFromZero) : null;

    /// <summary>The last thirteen intervals, the history an exception shows.</summary>
    public IReadOnlyList<UsagePoint> Recent => Points.Count <= 13 ? Points : Points.Skip(Points.Count - 13).ToList();
}
