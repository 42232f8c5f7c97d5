using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>Stands in for api.stripe.com: records each request and answers Checkout Session creation as Stripe does.</summary>
public sealed class FakeStripeApi : HttpMessageHandler
{
    public const string Base = "https://stripe.test";

    private readonly ConcurrentQueue<(string Path, string Form, string? IdempotencyKey)> _requests = new();
    private int _sessions;

    public IReadOnlyList<(string Path, string Form, string? IdempotencyKey)> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = request.Content is null ? string.Empty : WebUtility.UrlDecode(await request.Content.ReadAsStringAsync(cancellationToken));
        var path = request.RequestUri!.AbsolutePath;
        _requests.Enqueue((path, form, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.First() : null));
        if (request.Method == HttpMethod.Post && path == "/v1/checkout/sessions")
        {
            var id = $"cs_test_{Interlocked.Increment(ref _sessions)}";
            return Json($$"""{"id":"{{id}}","object":"checkout.session","mode":"payment","status":"open","payment_status":"unpaid","url":"https://checkout.stripe.test/c/pay/{{id}}"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent("""{"error":{"type":"invalid_request_error","message":"Unrecognized request URL."}}""", Encoding.UTF8, "application/json"),
        };
    }

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
