using System.Security.Cryptography;
using System.Text;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// The built-in gateway for the demo and offline use (no <c>Stripe:SecretKey</c>): no money moves. Checkout and setup
/// send the browser to the Portal's own clearly labelled demo pages, whose buttons are processed exactly as Stripe's
/// webhook events are. A saved sandbox method is charged successfully unless its reference says it declines.
/// </summary>
public sealed class SandboxGateway : IPaymentGateway
{
    public const string GatewayName = "sandbox";

    /// <summary>The saved method the demo setup page stores by default: every charge succeeds.</summary>
    public const string ApprovingMethod = "sandbox_pm_card_ok";

    /// <summary>A saved method whose every charge is declined, to try out the failure path.</summary>
    public const string DecliningMethod = "sandbox_pm_card_decline";

    public string Name => GatewayName;

    /// <summary>The demo checkout page for a checkout.</summary>
    public static string CheckoutPath(Guid checkoutId) => $"/Pay/Sandbox/{checkoutId}";

    /// <summary>The demo page that "saves" a card for an autopay enrolment.</summary>
    public static string SetupPath(Guid enrollmentId) => $"/Pay/Sandbox/Setup/{enrollmentId}";

    public static string SessionIdOf(Guid checkoutId) => $"sandbox_cs_{checkoutId:N}";

    public static string SetupSessionIdOf(Guid enrollmentId) => $"sandbox_setup_{enrollmentId:N}";

    /// <summary>The sandbox's stand-in for a payment intent: one per checkout, as Stripe has.</summary>
    public static string PaymentReferenceOf(Guid checkoutId) => $"sandbox_pi_{checkoutId:N}";

    public Task<HostedCheckout> StartCheckoutAsync(HostedCheckoutRequest request, CancellationToken ct = default) =>
        Task.FromResult(new HostedCheckout(SessionIdOf(request.CheckoutId), new Uri(request.SuccessUrl, CheckoutPath(request.CheckoutId))));

    public Task<HostedSetup> StartSetupAsync(SetupRequest request, CancellationToken ct = default) =>
        Task.FromResult(new HostedSetup(SetupSessionIdOf(request.EnrollmentId), new Uri(request.SuccessUrl, SetupPath(request.EnrollmentId))));

    public Task<GatewayOutcome> ChargeSavedMethodAsync(SavedMethodCharge charge, CancellationToken ct = default) =>
        Task.FromResult<GatewayOutcome>(charge.PaymentMethodReference.Contains("decline", StringComparison.OrdinalIgnoreCase)
            ? new GatewayOutcome.Declined("The sandbox card was declined.")
            : new GatewayOutcome.Succeeded($"sandbox_pi_{charge.PaymentId:N}"));

    public Task<GatewayOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken ct = default) =>
        Task.FromResult<GatewayOutcome>(new GatewayOutcome.Succeeded("sandbox_re_" + Stable(idempotencyKey)));

    // The same key gives the same refund id, as Stripe answers a retried request with the same refund.
    private static string Stable(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
