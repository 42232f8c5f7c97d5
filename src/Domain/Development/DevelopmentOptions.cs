namespace UtilityPortal.Domain.Development;

/// <summary>Settings of contractor estimates, section <c>Development</c>.</summary>
public sealed class DevelopmentOptions
{
    public const string Section = "Development";

    /// <summary>How long an issued estimate may be accepted: its valid-until date is the issue day plus this many days.</summary>
    public int EstimateValidDays { get; set; } = 90;
}
