namespace UtilityPortal.Domain.Payments.Paperless;

/// <summary>The paperless bill notice worker's settings, section <c>Payments:Paperless</c>.</summary>
public sealed class PaperlessOptions
{
    public const string Section = "Payments:Paperless";

    /// <summary>Runs the worker on this node. Every node may: the unique notice per bill keeps them apart.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Bills one round notifies.</summary>
    public int BatchSize { get; set; } = 200;
}
