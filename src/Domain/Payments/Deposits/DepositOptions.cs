namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>The paid-deposit sweep's settings, section <c>Payments:Deposits</c>.</summary>
public sealed class DepositOptions
{
    public const string Section = "Payments:Deposits";

    /// <summary>Runs the sweep on this node. Every node may: holding a deposit is keyed by its bill, so it happens once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How soon after a counter, portal or autopay payment its deposit is held.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
