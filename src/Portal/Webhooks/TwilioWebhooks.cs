using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Twilio.Security;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Portal.Webhooks;

/// <summary>
/// Twilio calls these: a text a customer sent to our number (<c>/webhooks/twilio/sms</c>) and the delivery status of a
/// text we sent (<c>/webhooks/twilio/status</c>). The X-Twilio-Signature is checked before any of the request is acted
/// on; a request that fails it gets 403 and changes nothing.
/// </summary>
public static class TwilioWebhooks
{
    public const string InboundPath = "/webhooks/twilio/sms";
    public const string StatusPath = "/webhooks/twilio/status";
    public const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>An empty TwiML answer: Twilio sends no reply text (it answers STOP and START itself on our number).</summary>
    public const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        // Antiforgery protects a signed-in browser from posting what it did not mean to; Twilio is no browser, carries
        // no cookie and no token, and proves who it is with the request signature instead. So these two endpoints, and
        // only these, skip antiforgery; the signature check below is their protection.
        var twilio = app.MapGroup(string.Empty).DisableAntiforgery().AllowAnonymous();
        twilio.MapPost(InboundPath, InboundAsync);
        twilio.MapPost(StatusPath, StatusAsync);
        return app;
    }

    private static async Task<IResult> InboundAsync(HttpContext context, ReceiveInboundSms receive, IOptions<TwilioOptions> options, ILoggerFactory logs)
    {
        var form = await VerifiedFormAsync(context, options.Value, logs.CreateLogger(typeof(TwilioWebhooks)));
        if (form is null)
        {
            return Refused(context);
        }

        await receive.HandleAsync(form["From"], form["Body"], context.RequestAborted);
        return Results.Content(EmptyTwiml, "text/xml");
    }

    private static async Task<IResult> StatusAsync(HttpContext context, RecordSmsStatus record, IOptions<TwilioOptions> options, ILoggerFactory logs)
    {
        var form = await VerifiedFormAsync(context, options.Value, logs.CreateLogger(typeof(TwilioWebhooks)));
        if (form is null)
        {
            return Refused(context);
        }

        Guid? outboxId = Guid.TryParseExact(context.Request.Query["outboxId"], "N", out var id) ? id : null;
        await record.HandleAsync(outboxId, form["MessageSid"], form["MessageStatus"], form["ErrorCode"], context.RequestAborted);
        return Results.NoContent();
    }

    /// <summary>The posted form if Twilio signed it, else null.</summary>
    private static async Task<IFormCollection?> VerifiedFormAsync(HttpContext context, TwilioOptions options, ILogger log)
    {
        var request = context.Request;
        string? signature = request.Headers[SignatureHeader];
        if (string.IsNullOrEmpty(signature) || !request.HasFormContentType)
        {
            log.LogWarning("Twilio webhook {Path} refused: no signature or not a form.", request.Path);
            return null;
        }

        // Webhooks signed with a SharedKey say so in a second header and use its secret; the rest use the Auth Token.
        string? settings = request.Headers[RequestValidator.SignatureSettingsHeader];
        var secret = string.IsNullOrEmpty(settings) ? options.AuthToken : options.WebhookSharedKeySecret;
        if (string.IsNullOrEmpty(secret))
        {
            log.LogWarning("Twilio webhook {Path} refused: no Twilio:AuthToken (or Twilio:WebhookSharedKeySecret) to check its signature with.", request.Path);
            return null;
        }

        var form = await request.ReadFormAsync(context.RequestAborted);
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var url = PublicUrl(request, options.WebhookBaseUrl);
        if (!new RequestValidator(secret).Validate(url, parameters, signature, RequestValidator.GetSignatureAlgorithm(settings)))
        {
            log.LogWarning("Twilio webhook refused: the signature does not match {Url}.", url);
            return null;
        }

        return form;
    }

    /// <summary>
    /// The URL Twilio called, which the signature covers. Behind a proxy the request arrives with another scheme, host
    /// or port, so Twilio:WebhookBaseUrl (the Portal's public root) replaces them when it is set.
    /// </summary>
    public static string PublicUrl(HttpRequest request, Uri? webhookBaseUrl)
    {
        var pathAndQuery = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        return webhookBaseUrl is null
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{pathAndQuery}"
            : webhookBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery;
    }

    /// <summary>A plain 403: the site's HTML error page means nothing to Twilio.</summary>
    private static IResult Refused(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return Results.Text("Signature check failed.", "text/plain", statusCode: StatusCodes.Status403Forbidden);
    }
}
