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
    private MeterRead()
    {
        Reader = string.Empty;
    }

    public MeterRead(Guid meterId, DateTimeOffset readAt, long registerValue, ReadSource source, string reader, string? flags = null)
    {
        if (registerValue < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "A register value cannot be negative.", nameof(registerValue));
        }

        if (!Enum.IsDefined(source))
        {
            throw new DomainException(ErrorCodes.Invalid, "Unknown read source.", nameof(source));
        }

        Id = Guid.CreateVersion7();
        MeterId = meterId;
        ReadAt = readAt;
        RegisterValue = registerValue;
        Source = source;
        Reader = string.IsNullOrWhiteSpace(reader) ? "unknown" : reader.Trim();
        Flags = string.IsNullOrWhiteSpace(flags) ? null : flags.Trim();
    }

    public Guid Id { get; private set; }

    public Guid MeterId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }

    /// <summary>What the register showed, in gallons.</summary>
    public long RegisterValue { get; private set; }

    public ReadSource Source { get; private set; }

    public string Reader { get; private set; }

    /// <summary>Flags from the meter data system (tamper, leak, reverse flow), kept as sent.</summary>
    public string? Flags { get; private set; }
}
