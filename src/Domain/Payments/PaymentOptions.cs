namespace UtilityPortal.Domain.Payments;

/// <summary>Portal payment rules, section <c>Payments</c>.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>An overpayment becomes a credit on the account, but the credit may not grow beyond this.</summary>
    public decimal MaxCreditBalance { get; set; } = 500.00m;

    /// <summary>The smallest amount one checkout line may pay.</summary>
    public decimal MinimumPayment { get; set; } = 1.00m;

    /// <summary>
    /// The Portal's public address. Checkout success and cancel pages must be on it; when unset, the address the
    /// current request came in on is used.
    /// </summary>
    public Uri? PortalUrl { get; set; }
}
