using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Webhooks;

/// <summary>
/// The Portal with Twilio keys, behind a proxy at https://portal.example.org (Twilio:WebhookBaseUrl), with the outbox
/// worker polling fast and api.twilio.com replaced by <see cref="Twilio"/> at the HTTP level. Quiet hours are off so
/// the tests do not depend on the time of day they run at (the Domain tests cover quiet hours with a fake clock).
/// </summary>
public sealed class TwilioPortalFactory : PortalFactory
{
    public const string AccountSid = "AC00000000000000000000000000000042";
    public const string AuthToken = "portal-test-auth-token";
    public const string FromNumber = "+13055550100";
    public const string PublicBase = "https://portal.example.org";

    public FakeTwilioApi Twilio { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Twilio:AccountSid"] = AccountSid;
            settings["Twilio:AuthToken"] = AuthToken;
            settings["Twilio:FromNumber"] = FromNumber;
            settings["Twilio:StatusCallbackUrl"] = PublicBase + "/webhooks/twilio/status";
            settings["Twilio:WebhookBaseUrl"] = PublicBase;
            settings["Notifications:Outbox:PollInterval"] = "00:00:00.200";
            settings["Notifications:QuietHours:Start"] = "00:00";
            settings["Notifications:QuietHours:End"] = "00:00";
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(TwilioSmsSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Twilio));
    }

    /// <summary>X-Twilio-Signature as Twilio computes it: HMAC-SHA1 with the auth token over the URL and each parameter name and value, sorted by name.</summary>
    public static string Sign(string url, IReadOnlyDictionary<string, string> form, string authToken = AuthToken)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

#pragma warning disable CA5350 // Twilio's Auth Token signature is HMAC-SHA1; the test has to compute exactly what Twilio sends.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    /// <summary>Posts a form to <paramref name="pathAndQuery"/> as Twilio would, signed for the public URL unless told otherwise.</summary>
    public async Task<HttpResponseMessage> PostAsTwilioAsync(string pathAndQuery, Dictionary<string, string> form, string? signature = null,
        Action<Dictionary<string, string>>? tamper = null)
    {
        signature ??= Sign(PublicBase + pathAndQuery, form);
        tamper?.Invoke(form);
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        return await client.SendAsync(request);
    }

    public static Dictionary<string, string> InboundText(string from, string body) => new()
    {
        ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = AccountSid,
        ["From"] = from,
        ["To"] = FromNumber,
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    public static Dictionary<string, string> StatusReport(string messageSid, string status, string? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = messageSid,
            ["SmsSid"] = messageSid,
            ["AccountSid"] = AccountSid,
            ["From"] = FromNumber,
            ["To"] = "+13055550142",
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null)
        {
            form["ErrorCode"] = errorCode;
        }

        return form;
    }
}

/// <summary>Stands in for api.twilio.com: records each form posted to it and answers as Twilio does when it accepts a message.</summary>
public sealed class FakeTwilioApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<(string Url, Dictionary<string, string> Form)> _requests = new();

    public IReadOnlyList<(string Url, Dictionary<string, string> Form)> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p[1]));
        _requests.Enqueue((request.RequestUri!.ToString(), form));
        var sid = "SM" + Guid.NewGuid().ToString("N");
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($$"""{"sid":"{{sid}}","status":"queued","to":"{{form["To"]}}"}""", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>Waits for the outbox worker (which runs in the background) to have posted a message to <paramref name="to"/>.</summary>
    public async Task<Dictionary<string, string>> WaitForMessageToAsync(string to)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var match = Requests.FirstOrDefault(r => r.Form.GetValueOrDefault("To") == to);
            if (match.Form is not null)
            {
                return match.Form;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Nothing was sent to {to} through Twilio within 20 seconds.");
    }
}
