using Stripe;
using Stripe.Checkout;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Turns a verified Stripe event into a <see cref="GatewayEvent"/>. Only the events we act on are read; the rest become
/// <see cref="IgnoredEvent"/>. A completed setup session names its setup intent only, so the saved payment method is
/// fetched from Stripe (a failure there is thrown, and Stripe retries the delivery).
/// </summary>
public sealed class StripeEventReader(StripeClient client)
{
    private const string Gateway = StripeGateway.GatewayName;

    public async Task<GatewayEvent> ReadAsync(Event stripeEvent, CancellationToken ct = default)
    {
        var id = stripeEvent.Id;
        var type = stripeEvent.Type;
        return (type, stripeEvent.Data.Object) switch
        {
            ("checkout.session.completed", Session { Mode: "setup" } setup) => await SetupAsync(id, type, setup, ct),
            ("checkout.session.completed" or "checkout.session.async_payment_succeeded", Session session) when CheckoutId(session.Metadata, session.ClientReferenceId) is { } checkout =>
                new CheckoutCompleted(Gateway, id, type, checkout, session.PaymentIntentId, session.PaymentStatus is "paid" or "no_payment_required"),
            ("checkout.session.async_payment_failed", Session session) when CheckoutId(session.Metadata, session.ClientReferenceId) is { } checkout =>
                new PaymentFailed(Gateway, id, type, session.PaymentIntentId, checkout, null, "The bank payment failed."),
            ("checkout.session.expired", Session session) when CheckoutId(session.Metadata, session.ClientReferenceId) is { } checkout =>
                new CheckoutCancelled(Gateway, id, type, checkout),
            ("payment_intent.succeeded", PaymentIntent intent) =>
                new PaymentSucceeded(Gateway, id, type, intent.Id, CheckoutId(intent.Metadata, null), PaymentId(intent.Metadata)),
            ("payment_intent.payment_failed", PaymentIntent intent) =>
                new PaymentFailed(Gateway, id, type, intent.Id, CheckoutId(intent.Metadata, null), PaymentId(intent.Metadata),
                    intent.LastPaymentError?.Message ?? "The card was declined."),
            ("charge.refunded", Charge { PaymentIntentId: { } paymentIntent } charge) => new ChargeRefunded(Gateway, id, type, paymentIntent, Refunds(charge)),
            _ => new IgnoredEvent(Gateway, id, type),
        };
    }

    private async Task<GatewayEvent> SetupAsync(string id, string type, Session session, CancellationToken ct)
    {
        string? paymentMethod = null;
        if (session.SetupIntentId is { } setupIntent)
        {
            paymentMethod = (await new SetupIntentService(client).GetAsync(setupIntent, cancellationToken: ct)).PaymentMethodId;
        }

        return new SetupCompleted(Gateway, id, type, session.Id, session.CustomerId, paymentMethod);
    }

    /// <summary>
    /// The refunds Stripe lists on the charge (each recorded once by its id). When the list is not included, the whole
    /// refunded amount is reported under the charge's id.
    /// </summary>
    private static List<GatewayRefund> Refunds(Charge charge) =>
        charge.Refunds?.Data is { Count: > 0 } refunds
            ? [.. refunds.Where(r => r.Status is "succeeded" or "pending").Select(r => new GatewayRefund(r.Id, Dollars(r.Amount)))]
            : [new GatewayRefund(charge.Id, Dollars(charge.AmountRefunded))];

    private static Money Dollars(long cents) => Money.Of(cents / 100m);

    private static Guid? CheckoutId(Dictionary<string, string>? metadata, string? clientReference) =>
        Guid.TryParse(metadata?.GetValueOrDefault(StripeGateway.CheckoutIdKey) ?? clientReference, out var id) ? id : null;

    private static Guid? PaymentId(Dictionary<string, string>? metadata) =>
        Guid.TryParse(metadata?.GetValueOrDefault(StripeGateway.PaymentIdKey), out var id) ? id : null;
}
