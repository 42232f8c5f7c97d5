using System.Net;
using System.Text;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>
/// The real Twilio adapter, with Twilio replaced at the HTTP level: what it posts to the Messages endpoint, and how
/// it reads Twilio's answers.
/// </summary>
public sealed class TwilioIsCalledOverHttp
{
    private static readonly TwilioOptions Options = new()
    {
        AccountSid = "AC00000000000000000000000000000001",
        AuthToken = "test-auth-token",
        FromNumber = "+13055550100",
        StatusCallbackUrl = new Uri("https://portal.example.org/webhooks/twilio/status"),
    };

    private static readonly Guid OutboxId = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");

    [Fact]
    public async Task PostsTheMessageFormToTheAccountsMessagesEndpoint()
    {
        var twilio = new FakeTwilio(HttpStatusCode.Created, """{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"}""");
        var sender = new TwilioSmsSender(new HttpClient(twilio), Options);

        var outcome = await sender.SendAsync(new SmsRequest(OutboxId, "+13055550142", "Su próxima factura parece alta"));

        outcome.ShouldBe(new SendOutcome.Accepted("twilio", "SM0123456789abcdef0123456789abcdef", "queued"));
        var request = twilio.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Url.ShouldBe("https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json");
        request.Authorization.ShouldBe("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("AC00000000000000000000000000000001:test-auth-token")));
        request.Form["To"].ShouldBe("+13055550142");
        request.Form["From"].ShouldBe("+13055550100");
        request.Form["Body"].ShouldBe("Su próxima factura parece alta");
        request.Form["StatusCallback"].ShouldBe("https://portal.example.org/webhooks/twilio/status?outboxId=0195f0a0000070008000000000000001");
    }

    [Fact]
    public async Task WithoutACallbackUrlNoneIsSent()
    {
        var twilio = new FakeTwilio(HttpStatusCode.Created, """{"sid":"SM1","status":"queued"}""");
        var sender = new TwilioSmsSender(new HttpClient(twilio), new TwilioOptions
        {
            AccountSid = Options.AccountSid, AuthToken = Options.AuthToken, FromNumber = Options.FromNumber,
        });

        await sender.SendAsync(new SmsRequest(OutboxId, "+13055550142", "Hello"));

        twilio.Requests.Single().Form.ContainsKey("StatusCallback").ShouldBeFalse();
    }

    [Fact]
    public async Task ABadNumberIsRefusedForGood()
    {
        var twilio = new FakeTwilio(HttpStatusCode.BadRequest,
            """{"code":21211,"message":"The 'To' number +1555 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}""");
        var sender = new TwilioSmsSender(new HttpClient(twilio), Options);

        var outcome = await sender.SendAsync(new SmsRequest(OutboxId, "+13055550142", "Hello"));

        outcome.ShouldBeOfType<SendOutcome.Rejected>().Error.ShouldBe("Twilio 400 error 21211: The 'To' number +1555 is not a valid phone number.");
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task AnOutageOrRateLimitIsTriedAgain(HttpStatusCode status)
    {
        var twilio = new FakeTwilio(status, """{"code":20500,"message":"Internal Server Error","status":500}""");
        var sender = new TwilioSmsSender(new HttpClient(twilio), Options);

        var outcome = await sender.SendAsync(new SmsRequest(OutboxId, "+13055550142", "Hello"));

        outcome.ShouldBeOfType<SendOutcome.TryLater>();
    }

    [Fact]
    public async Task AnUnreachableTwilioIsTriedAgain()
    {
        var twilio = new FakeTwilio(_ => throw new HttpRequestException("No such host is known. (api.twilio.com:443)"));
        var sender = new TwilioSmsSender(new HttpClient(twilio), Options);

        var outcome = await sender.SendAsync(new SmsRequest(OutboxId, "+13055550142", "Hello"));

        outcome.ShouldBeOfType<SendOutcome.TryLater>().Error.ShouldContain("No such host");
    }

    [Fact]
    public async Task TheOutboxSendsThroughTwilioWhenKeysAreConfigured()
    {
        var twilio = new FakeTwilio(HttpStatusCode.Created, """{"sid":"SMfromtwilio","status":"queued"}""");
        await using var h = await NotificationsHarness.CreateAsync(sms: _ => new TwilioSmsSender(new HttpClient(twilio), Options));
        var message = await h.QueueSmsAsync(body: "High bill");

        await h.RunOutboxAsync();

        twilio.Requests.Single().Form["Body"].ShouldBe("High bill");
        var sent = await h.MessageAsync(message.Id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.Provider.ShouldBe("twilio");
        sent.ProviderMessageId.ShouldBe("SMfromtwilio");
        sent.ProviderStatus.ShouldBe("queued");
    }
}

/// <summary>Stands in for api.twilio.com: records each request (with its form fields) and answers as told.</summary>
internal sealed class FakeTwilio(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    public FakeTwilio(HttpStatusCode status, string json)
        : this(_ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") })
    {
    }

    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), form));
        }

        return answer(request);
    }
}

internal sealed record RecordedRequest(string Method, string Url, string? Authorization, IReadOnlyDictionary<string, string> Form);
