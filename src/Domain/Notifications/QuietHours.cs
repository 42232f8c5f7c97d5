namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// The hours in which nothing is sent, on the utility's wall clock (America/New_York, daylight saving included),
/// whatever time zone the servers run in.
/// </summary>
public sealed class QuietHours
{
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly TimeZoneInfo _zone;

    public QuietHours(QuietHoursOptions options)
    {
        _start = options.Start;
        _end = options.End;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    public static QuietHours Default { get; } = new(new QuietHoursOptions());

    public bool IsQuiet(DateTimeOffset at)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);
        if (_start == _end)
        {
            return false;
        }

        return _start < _end ? local >= _start && local < _end : local >= _start || local < _end;
    }

    /// <summary><paramref name="at"/> itself outside quiet hours; otherwise the moment they end (08:00 local), in UTC.</summary>
    public DateTimeOffset NextSendable(DateTimeOffset at)
    {
        if (!IsQuiet(at))
        {
            return at.ToUniversalTime();
        }

        var local = TimeZoneInfo.ConvertTime(at, _zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= _end)
        {
            day = day.AddDays(1);
        }

        // 08:00 exists on every day (clocks change at 02:00), so the local time converts without ambiguity.
        var end = DateTime.SpecifyKind(day.ToDateTime(_end), DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(end, _zone), TimeSpan.Zero);
    }
}
