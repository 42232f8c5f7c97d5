using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing;

/// <summary>How a meter's consumption on a bill was arrived at.</summary>
public enum BillReadKind
{
    /// <summary>Closing read minus opening read.</summary>
    Measured = 1,

    /// <summary>The register passed its largest value during the period.</summary>
    Rollover = 2,

    /// <summary>The register went backwards: the meter is billed at zero until review settles it.</summary>
    Negative = 3,

    /// <summary>A read was missing (or replaced on review): the use was estimated from the account's history.</summary>
    Estimated = 4,
}

/// <summary>The opening and closing read of one meter on a bill, and the gallons between them.</summary>
public sealed class BillRead
{
    private BillRead()
    {
        MeterSerial = string.Empty;
    }

    public BillRead(Guid meterId, string meterSerial, DateTimeOffset? openingAt, long? openingRegister, DateTimeOffset? closingAt, long? closingRegister,
        long gallons, BillReadKind kind)
    {
        MeterId = meterId;
        MeterSerial = meterSerial;
        OpeningAt = openingAt;
        OpeningRegister = openingRegister;
        ClosingAt = closingAt;
        ClosingRegister = closingRegister;
        Gallons = gallons;
        Kind = kind;
    }

    public long Id { get; private set; }

    public Guid BillId { get; private set; }

    public Guid MeterId { get; private set; }

    public string MeterSerial { get; private set; }

    public DateTimeOffset? OpeningAt { get; private set; }

    public long? OpeningRegister { get; private set; }

    public DateTimeOffset? ClosingAt { get; private set; }

    public long? ClosingRegister { get; private set; }

    /// <summary>The gallons billed for this meter (zero for a negative read until review settles it).</summary>
    public long Gallons { get; private set; }

    public BillReadKind Kind { get; private set; }

    internal BillRead For(Guid billId)
    {
        var copy = (BillRead)MemberwiseClone();
        copy.BillId = billId;
        return copy;
    }

    internal static BillReadKind KindOf(ConsumptionKind kind) => kind switch
    {
        ConsumptionKind.Rollover => BillReadKind.Rollover,
        ConsumptionKind.Negative => BillReadKind.Negative,
        _ => BillReadKind.Measured,
    };
}
