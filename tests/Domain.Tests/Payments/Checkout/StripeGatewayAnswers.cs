using System.Net;
using System.Text;
using Stripe;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Tests.Payments.Checkout;

/// <summary>The Stripe adapter over a fake HTTP handler: a card refusal is an answer, a Stripe outage is thrown (the caller retries).</summary>
public sealed class StripeGatewayAnswers
{
    [Fact]
    public async Task An_off_session_charge_sends_the_idempotency_key_and_succeeds()
    {
        var api = new Answering(HttpStatusCode.OK, """{"id":"pi_ok_1","object":"payment_intent","status":"succeeded","amount":4217,"currency":"usd"}""");

        var outcome = await Gateway(api).ChargeSavedMethodAsync(Charge());

        outcome.ShouldBe(new GatewayOutcome.Succeeded("pi_ok_1"));
        api.Path.ShouldBe("/v1/payment_intents");
        api.IdempotencyKey.ShouldBe("autopay:bill-7");
        api.Form.ShouldContain("off_session=true");
        api.Form.ShouldContain("amount=4217");
    }

    [Fact]
    public async Task A_declined_card_is_a_declined_outcome()
    {
        var api = new Answering(HttpStatusCode.PaymentRequired,
            """{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}""");

        var outcome = await Gateway(api).ChargeSavedMethodAsync(Charge());

        outcome.ShouldBe(new GatewayOutcome.Declined("Your card has insufficient funds."));
    }

    [Fact]
    public async Task A_Stripe_outage_is_thrown_so_the_caller_retries()
    {
        var api = new Answering(HttpStatusCode.InternalServerError, """{"error":{"type":"api_error","message":"Something went wrong on Stripe's end."}}""");

        await Should.ThrowAsync<StripeException>(() => Gateway(api).RefundAsync("pi_ok_1", Money.Of(5m), "refund:1"));
    }

    private static StripeGateway Gateway(Answering api) =>
        new(StripeGateway.CreateClient(new StripeOptions { SecretKey = "sk_test_x", ApiBase = new Uri("https://stripe.test") }, new HttpClient(api)));

    private static SavedMethodCharge Charge() =>
        new("cus_1", "pm_1", Money.Of(42.17m), "autopay:bill-7", "Water bill", Guid.NewGuid());

    private sealed class Answering(HttpStatusCode status, string json) : HttpMessageHandler
    {
        public string? Path { get; private set; }

        public string Form { get; private set; } = string.Empty;

        public string? IdempotencyKey { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Path = request.RequestUri!.AbsolutePath;
            Form = request.Content is null ? string.Empty : WebUtility.UrlDecode(await request.Content.ReadAsStringAsync(cancellationToken));
            IdempotencyKey = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.First() : null;
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
