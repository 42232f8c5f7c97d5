namespace UtilityPortal.Domain.Meters;

/// <summary>A meter size label as rate schedules write it ("5/8", "3/4", "1", "1-1/2", "2", ...).</summary>
public readonly record struct MeterSize
{
    public static readonly IReadOnlyList<string> Standard = ["5/8", "3/4", "1", "1-1/2", "2", "3", "4", "6", "8", "10"];

    private MeterSize(string label) => Label = label;

    public string Label { get; }

    public static MeterSize Parse(string? label, string field = "meterSize")
    {
        var trimmed = label?.Trim().Replace("\"", string.Empty, StringComparison.Ordinal);
        return trimmed is not null && Standard.Contains(trimmed)
            ? new MeterSize(trimmed)
            : throw new DomainException(ErrorCodes.Invalid, $"Unknown meter size '{label}'. Sizes: {string.Join(", ", Standard)}.", field);
    }

    public override string ToString() => $"{Label}\"";
}
