namespace UtilityPortal.Domain.Meters;

public enum ReadSource
{
    Amr = 1,
    Manual = 2,
    Estimated = 3,
}

/// <summary>A register value taken from a meter at a moment: by radio (AMR), by a reader on foot, or estimated from history.</summary>
public sealed class MeterRead
{
    public const int ReaderMaxLength = 60;
    public const int FlagsMaxLength = 100;

    private MeterRead()
    {
        Reader = string.Empty;
    }

    public MeterRead(Guid meterId, DateTimeOffset readAt, long registerValue, ReadSource source, string reader, string? flags = null, Guid? importId = null)
    {
        if (registerValue < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "A register value cannot be negative.", nameof(registerValue));
        }

        if (!Enum.IsDefined(source))
        {
            throw new DomainException(ErrorCodes.Invalid, "Unknown read source.", nameof(source));
        }

        flags = string.IsNullOrWhiteSpace(flags) ? null : flags.Trim();
        if (flags?.Length > FlagsMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Flags are at most {FlagsMaxLength} characters.", nameof(flags));
        }

        reader = string.IsNullOrWhiteSpace(reader) ? "unknown" : reader.Trim();
        Id = Guid.CreateVersion7();
        MeterId = meterId;
        ReadAt = Normalize(readAt);
        RegisterValue = registerValue;
        Source = source;
        Reader = reader.Length > ReaderMaxLength ? reader[..ReaderMaxLength] : reader;
        Flags = flags;
        ImportId = importId;
    }

    public Guid Id { get; private set; }

    public Guid MeterId { get; private set; }

    /// <summary>In UTC, to the whole second: the unique key (meter, time) then means the same moment however the file wrote it.</summary>
    public DateTimeOffset ReadAt { get; private set; }

    /// <summary>What the register showed, in gallons.</summary>
    public long RegisterValue { get; private set; }

    public ReadSource Source { get; private set; }

    public string Reader { get; private set; }

    /// <summary>Flags from the meter data system (tamper, leak, reverse flow), kept as sent.</summary>
    public string? Flags { get; private set; }

    /// <summary>The read file import that brought this read in; null for reads entered otherwise (and the demo city's history).</summary>
    public Guid? ImportId { get; private set; }

    /// <summary>
    /// A read time as it is stored and compared: UTC, whole seconds. SQLite stores a DateTimeOffset as local ticks with
    /// the offset beside them, which orders correctly only when every value has the same offset.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset readAt)
    {
        var utc = readAt.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
