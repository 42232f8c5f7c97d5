using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.GraphApi.Tests.Infrastructure;
using UtilityPortal.TestSupport;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>
/// The BackOffice with Stripe configured and Stripe's API replaced at the HTTP level: the real StripeGateway and
/// Stripe.net run, and <see cref="Stripe"/> answers as Stripe's refunds endpoint would.
/// </summary>
public sealed class CounterStripeApiFactory : BackOfficeApiFactory
{
    public FakeStripeRefunds Stripe { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = "sk_test_counter",
        ["Stripe:WebhookSecret"] = "whsec_counter",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHttpClient(StripeGateway.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Stripe));
    }
}

/// <summary>Stripe's <c>POST /v1/refunds</c>: succeeds with a new refund id, or refuses with the error a test sets.</summary>
public sealed class FakeStripeRefunds : HttpMessageHandler
{
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When set, the next refund is refused with this message (Stripe's invalid_request_error, HTTP 400).</summary>
    public string? RefuseWith { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue($"{request.Method} {request.RequestUri!.AbsolutePath} {body}");
        if (request.RequestUri.AbsolutePath != "/v1/refunds")
        {
            return Json(HttpStatusCode.NotFound, """{"error":{"type":"invalid_request_error","message":"Unrecognized request URL."}}""");
        }

        if (RefuseWith is { } message)
        {
            return Json(HttpStatusCode.BadRequest, $$$"""{"error":{"type":"invalid_request_error","code":"charge_already_refunded","message":"{{{message}}}"}}""");
        }

        var form = System.Web.HttpUtility.ParseQueryString(body);
        var id = "re_" + Guid.NewGuid().ToString("N")[..20];
        return Json(HttpStatusCode.OK,
            $$"""{"id":"{{id}}","object":"refund","amount":{{form["amount"]}},"currency":"usd","payment_intent":"{{form["payment_intent"]}}","status":"succeeded"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}

/// <summary>What the counter tests arrange and read directly: staff of a given role, card payments, balances, audit rows.</summary>
internal static class CounterArrangements
{
    public static async Task<HttpClient> StaffAsync(this IApiSite site, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
            var user = new UtilityUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role, Kind = UserKind.Staff };
            (await users.CreateAsync(user, HtmlForms.DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        }

        return await site.SignedInAsync(email);
    }

    public static async Task<T> DbAsync<T>(this IApiSite site, Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
    }

    public static Task<Money> BalanceAsync(this IApiSite site, string accountNumber) =>
        site.DbAsync(async db =>
        {
            var id = await IdOfAsync(db, accountNumber);
            var amounts = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == id).Select(e => e.Amount).ToListAsync();
            return amounts.Sum();
        });

    public static Task<List<AuditEntry>> AuditOfAsync(this IApiSite site, Guid entityId) =>
        site.DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == entityId.ToString()).ToListAsync());

    /// <summary>
    /// A portal card payment confirmed by the gateway, big enough to leave the account <paramref name="credit"/> in credit.
    /// Returns the payment and its gateway reference.
    /// </summary>
    public static async Task<(Guid PaymentId, string Reference)> CardPaymentLeavingCreditAsync(this IApiSite site, string accountNumber, decimal credit)
    {
        var balance = await site.BalanceAsync(accountNumber);
        var amount = Money.Of(Math.Max(balance.Amount, 0m) + credit);
        var reference = "pi_" + Guid.NewGuid().ToString("N")[..20];
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var payment = Payment.Started(await IdOfAsync(db, accountNumber), amount, Tender.Card, PaymentChannel.Portal, null, DateTimeOffset.UtcNow, "resident");
        payment.AttachGatewayReference(reference);
        (await scope.ServiceProvider.GetRequiredService<PostPayment>().PostAsync(payment, "stripe", "Card payment")).ShouldBe(PostingOutcome.Posted);
        return (payment.Id, reference);
    }

    private static Task<Guid> IdOfAsync(UtilityDbContext db, string accountNumber)
    {
        var number = Domain.Accounts.AccountNumber.Parse(accountNumber);
        return db.ServiceAccounts.AsNoTracking().Where(a => a.Number == number).Select(a => a.Id).SingleAsync();
    }
}
