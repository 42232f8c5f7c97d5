using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>One line of a hosted checkout: what the customer sees for one account.</summary>
public sealed record CheckoutItem(string Description, Money Amount);

/// <summary>What we ask the gateway for: a hosted page taking <see cref="Items"/>, tied back to our checkout by <see cref="CheckoutId"/>.</summary>
public sealed record HostedCheckoutRequest(Guid CheckoutId, IReadOnlyList<CheckoutItem> Items, string? CustomerEmail, Uri SuccessUrl, Uri CancelUrl);

/// <summary>The gateway's session: its id, and where to send the customer's browser.</summary>
public sealed record HostedCheckout(string SessionId, Uri RedirectUrl);

/// <summary>A request to save a card or bank account for autopay: where to send the browser to enter it.</summary>
public sealed record SetupRequest(Guid EnrollmentId, string? CustomerEmail, Uri SuccessUrl, Uri CancelUrl);

public sealed record HostedSetup(string SessionId, Uri RedirectUrl);

/// <summary>An off-session charge of a saved payment method (autopay on the due date).</summary>
public sealed record SavedMethodCharge(string CustomerReference, string PaymentMethodReference, Money Amount, string IdempotencyKey, string Description, Guid PaymentId);

/// <summary>What became of a charge or refund request.</summary>
public abstract record GatewayOutcome
{
    /// <summary>Accepted; <paramref name="Reference"/> is the gateway's id (payment intent, refund).</summary>
    public sealed record Succeeded(string Reference) : GatewayOutcome;

    /// <summary>Accepted but not final (bank debits): the webhook will settle it.</summary>
    public sealed record Processing(string Reference) : GatewayOutcome;

    /// <summary>Refused for good (declined card, refund above the charge); the message is safe to show staff.</summary>
    public sealed record Declined(string Reason) : GatewayOutcome;
}

/// <summary>
/// The payments port: Stripe (<c>Stripe:SecretKey</c> set) or the built-in sandbox (no keys; clearly labelled on
/// screen). Card data never passes through our servers: the customer enters it on the gateway's hosted page.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>"stripe" or "sandbox": stored on each checkout so its events are read by the right adapter.</summary>
    string Name { get; }

    Task<HostedCheckout> StartCheckoutAsync(HostedCheckoutRequest request, CancellationToken ct = default);

    Task<HostedSetup> StartSetupAsync(SetupRequest request, CancellationToken ct = default);

    Task<GatewayOutcome> ChargeSavedMethodAsync(SavedMethodCharge charge, CancellationToken ct = default);

    /// <summary>Refunds part or all of a captured payment. <paramref name="idempotencyKey"/> makes a retried refund happen once.</summary>
    Task<GatewayOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken ct = default);
}
