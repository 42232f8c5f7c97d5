namespace UtilityPortal.Domain.Meters;

public enum MeterStatus
{
    InStock = 1,
    Active = 2,
    Removed = 3,
}

/// <summary>A water meter set at a premise.</summary>
public sealed class Meter
{
    private Meter()
    {
        SerialNumber = string.Empty;
    }

    public Meter(string serialNumber, MeterSize size, int registerDigits, string? radioId, DateOnly installedOn, Guid premiseId)
    {
        if (string.IsNullOrWhiteSpace(serialNumber) || serialNumber.Length > 30)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the meter serial number.", nameof(serialNumber));
        }

        if (registerDigits is < 4 or > 9)
        {
            throw new DomainException(ErrorCodes.Invalid, "A register has 4 to 9 digits.", nameof(registerDigits));
        }

        Id = Guid.CreateVersion7();
        SerialNumber = serialNumber.Trim();
        Size = size;
        RegisterDigits = registerDigits;
        RadioId = string.IsNullOrWhiteSpace(radioId) ? null : radioId.Trim();
        InstalledOn = installedOn;
        PremiseId = premiseId;
        Status = MeterStatus.Active;
    }

    public Guid Id { get; private set; }

    public string SerialNumber { get; private set; }

    public MeterSize Size { get; private set; }

    public int RegisterDigits { get; private set; }

    /// <summary>The AMR radio transmitter id, when the meter is read by radio.</summary>
    public string? RadioId { get; private set; }

    public DateOnly InstalledOn { get; private set; }

    public MeterStatus Status { get; private set; }

    /// <summary>The day the meter came out of the ground (a meter change); its last read is the final read.</summary>
    public DateOnly? RemovedOn { get; private set; }

    public Guid PremiseId { get; private set; }

    /// <summary>Takes the meter out of service, as when it is changed for a new one.</summary>
    public void Remove(DateOnly removedOn)
    {
        if (Status != MeterStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, "Only an active meter can be removed.", nameof(removedOn));
        }

        if (removedOn < InstalledOn)
        {
            throw new DomainException(ErrorCodes.Invalid, "A meter cannot be removed before it was installed.", nameof(removedOn));
        }

        Status = MeterStatus.Removed;
        RemovedOn = removedOn;
    }

    /// <summary>The largest value the register shows before it rolls over to zero.</summary>
    public long RegisterMax
    {
        get
        {
            long max = 1;
            for (var i = 0; i < RegisterDigits; i++)
            {
                max *= 10;
            }

            return max - 1;
        }
    }
}
