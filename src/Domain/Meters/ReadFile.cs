using System.Globalization;

namespace UtilityPortal.Domain.Meters;

/// <summary>Why a line of a read file was not imported.</summary>
public enum ReadLineProblem
{
    /// <summary>Not four comma-separated fields, no meter, or a read time without its offset.</summary>
    Malformed = 1,

    /// <summary>The register value is not a whole number of gallons.</summary>
    NotANumber = 2,

    /// <summary>No meter has that serial number or radio id (or a radio id names more than one active meter).</summary>
    UnknownMeter = 3,

    /// <summary>The register value has more digits than the meter's register shows.</summary>
    RegisterOutOfRange = 4,

    /// <summary>An earlier line of the same file has the same meter and read time.</summary>
    DuplicateLine = 5,

    /// <summary>The read is earlier than the meter's last read (stored, or earlier in the file).</summary>
    EarlierThanLastRead = 6,

    /// <summary>A different register value is already stored for the meter at that time.</summary>
    ConflictsWithStoredRead = 7,
}

/// <summary>
/// One refused line: its number in the file, the kind of problem and a message. The message is a composite format with
/// its arguments kept apart, so a page can look the English format up in its resources and show it in Spanish.
/// </summary>
public sealed record ReadLineError(int LineNumber, ReadLineProblem Problem, string? Meter, string MessageFormat, IReadOnlyList<string> Arguments)
{
    public string Message => string.Format(CultureInfo.InvariantCulture, MessageFormat, [.. Arguments]);
}

/// <summary>One line of a read file: either a read or the reason the line was refused.</summary>
public sealed record ReadFileLine(int LineNumber, string? MeterKey, DateTimeOffset ReadAt, long RegisterValue, string? Flags, string? Error)
{
    public bool IsValid => Error is null;

    /// <summary>Set on a refused line.</summary>
    public ReadLineError? Failure { get; init; }

    /// <summary>Read by radio unless a flag says a person read it (<c>manual</c>) or the meter data system estimated it (<c>estimated</c>).</summary>
    public ReadSource Source => ReadFile.SourceFrom(Flags);

    public static ReadFileLine Refused(int lineNumber, string error, string? meterKey = null) =>
        Refused(lineNumber, ReadLineProblem.Malformed, meterKey, error);

    public static ReadFileLine Refused(int lineNumber, ReadLineProblem problem, string? meterKey, string format, params string[] arguments)
    {
        var failure = new ReadLineError(lineNumber, problem, meterKey, format, arguments);
        return new(lineNumber, meterKey, default, 0, null, failure.Message) { Failure = failure };
    }
}

/// <summary>
/// The meter data system's read export, as CSV with a header line:
/// <c>meter,read_at,register,flags</c> — meter serial number or radio id; the read time in ISO 8601 with an offset
/// (2026-10-31T06:15:00-04:00 or ...Z); the register value in whole gallons; optional flags separated by ';'
/// (<c>manual</c> and <c>estimated</c> set the read's source; others such as <c>leak</c> or <c>tamper</c> are kept as sent).
/// Lines are read one at a time so a file of a million reads is never held in memory.
/// </summary>
public static class ReadFile
{
    public const string Header = "meter,read_at,register,flags";

    public const string ManualFlag = "manual";
    public const string EstimatedFlag = "estimated";

    public static IEnumerable<ReadFileLine> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
        {
            yield return ReadFileLine.Refused(1, ReadLineProblem.Malformed, null, "The first line must be the header '{0}'.", Header);
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

    /// <summary>The source a line's flags give; a read with neither flag came by radio.</summary>
    public static ReadSource SourceFrom(string? flags)
    {
        if (flags is null)
        {
            return ReadSource.Amr;
        }

        foreach (var flag in flags.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (flag.Equals(EstimatedFlag, StringComparison.OrdinalIgnoreCase))
            {
                return ReadSource.Estimated;
            }

            if (flag.Equals(ManualFlag, StringComparison.OrdinalIgnoreCase))
            {
                return ReadSource.Manual;
            }
        }

        return ReadSource.Amr;
    }

    private static ReadFileLine ParseLine(int number, string line)
    {
        var fields = line.Split(',');
        if (fields.Length is < 3 or > 4)
        {
            return ReadFileLine.Refused(number, ReadLineProblem.Malformed, null, "Expected 3 or 4 comma-separated values, found {0}.",
                fields.Length.ToString(CultureInfo.InvariantCulture));
        }

        var meter = fields[0].Trim();
        if (meter.Length is 0 or > 30)
        {
            return ReadFileLine.Refused(number, ReadLineProblem.Malformed, null, "The meter serial number or radio id is missing.");
        }

        var time = fields[1].Trim();
        if (!HasOffset(time) || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var readAt))
        {
            return ReadFileLine.Refused(number, ReadLineProblem.Malformed, meter,
                "'{0}' is not a read time in ISO 8601 with an offset, such as 2026-10-31T06:15:00-04:00.", time);
        }

        var registerText = fields[2].Trim();
        if (!long.TryParse(registerText, NumberStyles.None, CultureInfo.InvariantCulture, out var register))
        {
            return ReadFileLine.Refused(number, ReadLineProblem.NotANumber, meter, "'{0}' is not a register value in whole gallons.", registerText);
        }

        var flags = fields.Length == 4 && fields[3].Trim().Length > 0 ? fields[3].Trim() : null;
        if (flags?.Length > MeterRead.FlagsMaxLength)
        {
            return ReadFileLine.Refused(number, ReadLineProblem.Malformed, meter, "The flags are longer than {0} characters.",
                MeterRead.FlagsMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        return new ReadFileLine(number, meter, MeterRead.Normalize(readAt), register, flags, null);
    }

    private static bool HasOffset(string t) =>
        t.EndsWith('Z') || (t.Length > 6 && (t[^6] is '+' or '-') && t[^3] == ':');
}
