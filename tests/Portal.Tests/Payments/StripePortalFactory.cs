using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>
/// The Portal with Stripe keys, api.stripe.com replaced by <see cref="Stripe"/> at the HTTP level, and a command
/// interceptor that can be told to fail the next journal insert (a crash in the middle of posting).
/// </summary>
public sealed class StripePortalFactory : PaymentsPortalFactory
{
    public const string WebhookSecret = "whsec_portal_test_secret";

    public FakeStripeApi Stripe { get; } = new();

    public FailingJournalInsert Failure { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Stripe:SecretKey"] = "sk_test_portal";
            settings["Stripe:PublishableKey"] = "pk_test_portal";
            settings["Stripe:WebhookSecret"] = WebhookSecret;
            settings["Stripe:ApiBase"] = FakeStripeApi.Base;
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(StripeGateway.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Stripe);
            services.ConfigureDbContext<SqliteUtilityDbContext>(o => o.AddInterceptors(Failure));
            services.ConfigureDbContext<PostgresUtilityDbContext>(o => o.AddInterceptors(Failure));
        });
    }

    /// <summary>Stripe-Signature as Stripe computes it: t=unix time, v1=HMAC-SHA256 of "t.payload" with the endpoint's secret.</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Posts an event to /webhooks/stripe as Stripe would: signed now, unless a signature is given.</summary>
    public async Task<HttpStatusCode> DeliverAsync(string payload, string? signature = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature ?? Sign(payload, DateTimeOffset.UtcNow));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
