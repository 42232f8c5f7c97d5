using Stripe;
using Stripe.Checkout;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Stripe through Stripe.net: Checkout Sessions (payment mode for portal payments, setup mode for autopay), off-session
/// payment intents for autopay charges, and refunds. Our ids travel in metadata (<c>checkout_id</c>,
/// <c>enrollment_id</c>, <c>payment_id</c>) so webhook events lead back to our rows.
/// </summary>
public sealed class StripeGateway(StripeClient client) : IPaymentGateway
{
    public const string GatewayName = "stripe";
    public const string HttpClientName = "stripe";
    public const string CheckoutIdKey = "checkout_id";
    public const string EnrollmentIdKey = "enrollment_id";
    public const string PaymentIdKey = "payment_id";

    public string Name => GatewayName;

    /// <summary>A client over the factory's HTTP client (tests give it a fake handler) and, optionally, another API host.</summary>
    public static StripeClient CreateClient(StripeOptions options, HttpClient http) =>
        new(options.SecretKey, httpClient: new SystemNetHttpClient(http), apiBase: options.ApiBase?.AbsoluteUri.TrimEnd('/'));

    public async Task<HostedCheckout> StartCheckoutAsync(HostedCheckoutRequest request, CancellationToken ct = default)
    {
        var metadata = new Dictionary<string, string> { [CheckoutIdKey] = request.CheckoutId.ToString() };
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.CheckoutId.ToString(),
            CustomerEmail = request.CustomerEmail,
            SuccessUrl = request.SuccessUrl.AbsoluteUri,
            CancelUrl = request.CancelUrl.AbsoluteUri,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            LineItems = request.Items.Select(item => new SessionLineItemOptions
            {
                Quantity = 1,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = "usd",
                    UnitAmount = Cents(item.Amount),
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = item.Description },
                },
            }).ToList(),
        };
        var session = await new SessionService(client).CreateAsync(options, Idempotent($"checkout:{request.CheckoutId}"), ct);
        return new HostedCheckout(session.Id, new Uri(session.Url));
    }

    public async Task<HostedSetup> StartSetupAsync(SetupRequest request, CancellationToken ct = default)
    {
        var metadata = new Dictionary<string, string> { [EnrollmentIdKey] = request.EnrollmentId.ToString() };

        // Off-session charges need the saved method attached to a customer, which setup mode does not create itself.
        var customer = await new CustomerService(client).CreateAsync(
            new CustomerCreateOptions { Email = request.CustomerEmail, Metadata = metadata }, Idempotent($"autopay-customer:{request.EnrollmentId}"), ct);
        var session = await new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "setup",
            Currency = "usd",
            Customer = customer.Id,
            ClientReferenceId = request.EnrollmentId.ToString(),
            SuccessUrl = request.SuccessUrl.AbsoluteUri,
            CancelUrl = request.CancelUrl.AbsoluteUri,
            Metadata = metadata,
            SetupIntentData = new SessionSetupIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
        }, Idempotent($"autopay-setup:{request.EnrollmentId}"), ct);
        return new HostedSetup(session.Id, new Uri(session.Url));
    }

    public async Task<GatewayOutcome> ChargeSavedMethodAsync(SavedMethodCharge charge, CancellationToken ct = default)
    {
        try
        {
            var intent = await new PaymentIntentService(client).CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = Cents(charge.Amount),
                Currency = "usd",
                Customer = charge.CustomerReference,
                PaymentMethod = charge.PaymentMethodReference,
                OffSession = true,
                Confirm = true,
                Description = charge.Description,
                Metadata = new Dictionary<string, string> { [PaymentIdKey] = charge.PaymentId.ToString() },
            }, Idempotent(charge.IdempotencyKey), ct);
            return intent.Status switch
            {
                "succeeded" => new GatewayOutcome.Succeeded(intent.Id),
                "processing" => new GatewayOutcome.Processing(intent.Id),
                _ => new GatewayOutcome.Declined(intent.LastPaymentError?.Message ?? $"The payment was not completed ({intent.Status})."),
            };
        }
        catch (StripeException e) when (IsRefusal(e))
        {
            return new GatewayOutcome.Declined(e.StripeError?.Message ?? e.Message);
        }
    }

    public async Task<GatewayOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken ct = default)
    {
        try
        {
            var refund = await new RefundService(client).CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentReference, Amount = Cents(amount) }, Idempotent(idempotencyKey), ct);
            return refund.Status switch
            {
                "succeeded" => new GatewayOutcome.Succeeded(refund.Id),
                "failed" or "canceled" => new GatewayOutcome.Declined(refund.FailureReason ?? $"The refund {refund.Status}."),
                _ => new GatewayOutcome.Processing(refund.Id),
            };
        }
        catch (StripeException e) when (IsRefusal(e))
        {
            return new GatewayOutcome.Declined(e.StripeError?.Message ?? e.Message);
        }
    }

    internal static long Cents(Money amount) => (long)(Money.Of(amount.Amount).Amount * 100m);

    /// <summary>
    /// A card error (declined, needs authentication) or a request Stripe refuses for good (a refund above the charge)
    /// is an answer; anything else (network, rate limit, Stripe's own fault) is thrown so the caller retries.
    /// </summary>
    private static bool IsRefusal(StripeException e) => e.StripeError?.Type is "card_error" or "invalid_request_error";

    private static RequestOptions Idempotent(string key) => new() { IdempotencyKey = key };
}
