namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>Settings under <c>Payments:Agreements</c>.</summary>
public sealed class AgreementOptions
{
    public const string Section = "Payments:Agreements";

    /// <summary>The most installments staff may offer.</summary>
    public int MaxInstallments { get; set; } = 12;

    /// <summary>Days after an installment's due date before missing it defaults the agreement.</summary>
    public int GraceDays { get; set; } = 10;

    /// <summary>Whether this node runs the default job (tests turn it off and drive the processor themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the default job looks for agreements it has not reviewed today.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many agreements one round claims.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim holds before another node may take the agreement over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
