using System.Globalization;

namespace UtilityPortal.Domain.Meters;

/// <summary>One line of a read file: either a read or the reason the line was refused.</summary>
public sealed record ReadFileLine(int LineNumber, string? MeterKey, DateTimeOffset ReadAt, long RegisterValue, string? Flags, string? Error)
{
    public bool IsValid => Error is null;

    public static ReadFileLine Refused(int lineNumber, string error, string? meterKey = null) => new(lineNumber, meterKey, default, 0, null, error);
}

/// <summary>
/// The meter data system's read export, as CSV with a header line:
/// <c>meter,read_at,register,flags</c> — meter serial number or radio id; the read time in ISO 8601 with an offset
/// (2026-10-31T06:15:00-04:00 or ...Z); the register value in whole gallons; optional flags separated by ';'.
/// Lines are read one at a time so a file of a million reads is never held in memory.
/// </summary>
public static class ReadFile
{
    public const string Header = "meter,read_at,register,flags";

    public static IEnumerable<ReadFileLine> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
        {
            yield return ReadFileLine.Refused(1, $"The first line must be the header '{Header}'.");
            yield break;
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return ParseLine(number, line);
        }
    }

    private static ReadFileLine ParseLine(int number, string line)
    {
        var fields = line.Split(',');
        if (fields.Length is < 3 or > 4)
        {
            return ReadFileLine.Refused(number, $"Expected 3 or 4 comma-separated values, found {fields.Length}.");
        }

        var meter = fields[0].Trim();
        if (meter.Length is 0 or > 30)
        {
            return ReadFileLine.Refused(number, "The meter serial number or radio id is missing.");
        }

        if (!DateTimeOffset.TryParse(fields[1].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var readAt) || !HasOffset(fields[1]))
        {
            return ReadFileLine.Refused(number, $"'{fields[1].Trim()}' is not a read time in ISO 8601 with an offset, such as 2026-10-31T06:15:00-04:00.", meter);
        }

        if (!long.TryParse(fields[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var register))
        {
            return ReadFileLine.Refused(number, $"'{fields[2].Trim()}' is not a register value in whole gallons.", meter);
        }

        var flags = fields.Length == 4 && fields[3].Trim().Length > 0 ? fields[3].Trim() : null;
        return new ReadFileLine(number, meter, readAt.ToUniversalTime(), register, flags, null);
    }

    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        return t.EndsWith('Z') || (t.Length > 6 && (t[^6] is '+' or '-') && t[^3] == ':');
    }
}
