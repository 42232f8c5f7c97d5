namespace UtilityPortal.Domain.Meters;

public enum ConsumptionKind
{
    /// <summary>The register moved forward.</summary>
    Normal = 1,

    /// <summary>The register passed its largest value and started again from zero.</summary>
    Rollover = 2,

    /// <summary>The register went backwards by less than a rollover could explain: a misread or a swapped meter.</summary>
    Negative = 3,
}

/// <summary>Gallons used between two reads of the same register.</summary>
public readonly record struct Consumption(long Gallons, ConsumptionKind Kind)
{
    /// <summary>
    /// The difference between two reads. A lower second read is a rollover when the register was in the top half of its
    /// range and is now in the bottom half (a 6-digit register read at 999,500 then 000,700 used 1,200 gallons);
    /// anything else that goes backwards is negative and needs review.
    /// </summary>
    public static Consumption Between(long previousRegister, long currentRegister, int registerDigits)
    {
        if (currentRegister >= previousRegister)
        {
            return new Consumption(currentRegister - previousRegister, ConsumptionKind.Normal);
        }

        long range = 1;
        for (var i = 0; i < registerDigits; i++)
        {
            range *= 10;
        }

        var half = range / 2;
        return previousRegister >= half && currentRegister < half
            ? new Consumption(range - previousRegister + currentRegister, ConsumptionKind.Rollover)
            : new Consumption(currentRegister - previousRegister, ConsumptionKind.Negative);
    }
}
