namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>The autopay worker's settings, section <c>Payments:Autopay</c>.</summary>
public sealed class AutopayOptions
{
    public const string Section = "Payments:Autopay";

    /// <summary>Runs the due-date worker on this node. Every node may run it: the per-bill claim keeps them apart.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Bills one round looks at.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim on a bill holds. A worker that dies mid-charge leaves it to lapse, and another asks the gateway
    /// again under the same idempotency key; keep it well above the gateway's HTTP timeout.
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
