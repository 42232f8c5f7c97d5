namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>Stripe keys, section <c>Stripe</c>. Without a secret key the built-in sandbox gateway is used.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    public string? PublishableKey { get; set; }

    /// <summary>The signing secret of the <c>/webhooks/stripe</c> endpoint (<c>whsec_...</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>A non-default API host (a Stripe mock, a proxy); Stripe's own when unset.</summary>
    public Uri? ApiBase { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);
}
