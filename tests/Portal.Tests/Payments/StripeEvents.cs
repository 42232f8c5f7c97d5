using System.Text.Json;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>Webhook payloads shaped as Stripe sends them (the fields our processing reads, plus the envelope).</summary>
public static class StripeEvents
{
    /// <param name="paid">False for a bank debit accepted but not yet settled: the money arrives (or fails) in a later event.</param>
    public static string CheckoutCompleted(Guid checkoutId, string paymentIntent, string? eventId = null, bool paid = true) => Event(eventId, "checkout.session.completed", new
    {
        id = "cs_test_" + checkoutId.ToString("N")[..12],
        @object = "checkout.session",
        mode = "payment",
        status = "complete",
        payment_status = paid ? "paid" : "unpaid",
        payment_intent = paymentIntent,
        client_reference_id = checkoutId.ToString(),
        metadata = new Dictionary<string, string> { ["checkout_id"] = checkoutId.ToString() },
    });

    public static string PaymentSucceeded(Guid checkoutId, string paymentIntent, string? eventId = null) =>
        Event(eventId, "payment_intent.succeeded", Intent(checkoutId, paymentIntent, "succeeded", null));

    public static string PaymentFailed(Guid checkoutId, string paymentIntent, string? eventId = null) =>
        Event(eventId, "payment_intent.payment_failed", Intent(checkoutId, paymentIntent, "requires_payment_method",
            new { type = "card_error", code = "card_declined", message = "Your card was declined." }));

    public static string Unknown(string type = "customer.created") => Event(null, type, new { id = "cus_test_1", @object = "customer" });

    private static object Intent(Guid checkoutId, string id, string status, object? error) => new
    {
        id,
        @object = "payment_intent",
        status,
        amount = 100,
        currency = "usd",
        last_payment_error = error,
        metadata = new Dictionary<string, string> { ["checkout_id"] = checkoutId.ToString() },
    };

    private static string Event(string? eventId, string type, object dataObject) => JsonSerializer.Serialize(new
    {
        id = eventId ?? "evt_test_" + Guid.NewGuid().ToString("N")[..20],
        @object = "event",
        api_version = Stripe.StripeConfiguration.ApiVersion,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        livemode = false,
        pending_webhooks = 1,
        type,
        data = new { @object = dataObject },
    });
}
