using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Stripe;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Portal.Webhooks;

/// <summary>
/// Stripe calls <c>/webhooks/stripe</c> with payment events. The Stripe-Signature header is verified over the raw body
/// (HMAC with <c>Stripe:WebhookSecret</c>, at most 300 s old) before anything in it is read: a bad, missing or stale
/// signature gets 400 and changes nothing. A handled or ignored event gets 200; a processing failure gets 500, and
/// Stripe delivers it again later (processing is idempotent).
/// </summary>
public static class StripeWebhooks
{
    public const string Path = "/webhooks/stripe";
    public const string SignatureHeader = "Stripe-Signature";
    public const long ToleranceSeconds = 300;

    /// <summary>Stripe's events are a few kilobytes; anything far larger is not Stripe.</summary>
    private const int MaxBodyChars = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhooks(this IEndpointRouteBuilder app)
    {
        // Stripe is no browser: it carries no cookie or antiforgery token and proves itself with the signature. No
        // rate limit either: a throttled delivery would only come back later, as a retry.
        app.MapPost(Path, HandleAsync).DisableAntiforgery().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, IOptions<StripeOptions> options, TimeProvider clock, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(StripeWebhooks));
        var secret = options.Value.WebhookSecret;
        if (!options.Value.IsConfigured || string.IsNullOrEmpty(secret))
        {
            log.LogWarning("Stripe webhook refused: Stripe:SecretKey and Stripe:WebhookSecret are not both set (the sandbox gateway is in use).");
            return Plain(context, "Stripe is not configured.", StatusCodes.Status404NotFound);
        }

        var json = await ReadBodyAsync(context.Request, context.RequestAborted);
        string? signature = context.Request.Headers[SignatureHeader];
        if (json is null || string.IsNullOrEmpty(signature))
        {
            log.LogWarning("Stripe webhook refused: {Reason}", json is null ? "the body is too large" : "no Stripe-Signature header");
            return Plain(context, "Signature check failed.", StatusCodes.Status400BadRequest);
        }

        Event stripeEvent;
        try
        {
            // Our processing reads only the fields it needs, so an endpoint left on another API version is still read.
            stripeEvent = EventUtility.ConstructEvent(json, signature, secret, ToleranceSeconds,
                clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            log.LogWarning("Stripe webhook refused: {Reason}", e.Message);
            return Plain(context, "Signature check failed.", StatusCodes.Status400BadRequest);
        }

        try
        {
            var services = context.RequestServices;
            var gatewayEvent = await services.GetRequiredService<StripeEventReader>().ReadAsync(stripeEvent, context.RequestAborted);
            var outcome = await services.GetRequiredService<ProcessGatewayEvent>().HandleAsync(gatewayEvent, context.RequestAborted);
            return Plain(context, outcome.ToString(), StatusCodes.Status200OK);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Nothing was saved (one transaction); Stripe retries with backoff.
            log.LogError(e, "Stripe event {EventId} ({Type}) failed; answering 500 so Stripe delivers it again.", stripeEvent.Id, stripeEvent.Type);
            return Plain(context, "Processing failed; please retry.", StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>The raw body, exactly as signed; null when it is too large to be a Stripe event.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var builder = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > MaxBodyChars)
            {
                return null;
            }
        }

        return builder.ToString();
    }

    /// <summary>A plain answer: the site's HTML error page means nothing to Stripe.</summary>
    private static IResult Plain(HttpContext context, string text, int status)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return Results.Text(text, "text/plain", statusCode: status);
    }
}
