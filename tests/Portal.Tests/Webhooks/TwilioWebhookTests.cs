using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Portal.Webhooks;

namespace UtilityPortal.Portal.Tests.Webhooks;

/// <summary>Texts and delivery reports from Twilio, signed as Twilio signs them, through the Portal's webhooks.</summary>
public sealed class TwilioWebhookTests(TwilioPortalFactory factory) : IClassFixture<TwilioPortalFactory>
{
    private static int _numbers;

    /// <summary>A number no other test in this class uses, so one test's texts never satisfy another's wait.</summary>
    private static string NewNumber() =>
        "+13055550" + (200 + Interlocked.Increment(ref _numbers)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<SmsOptOut?> OptOutOfAsync(string number) =>
        factory.WithDbAsync(db => db.SmsOptOuts.AsNoTracking().SingleOrDefaultAsync(o => o.PhoneNumber == number));

    [Fact]
    public async Task A_signed_STOP_opts_the_number_out_and_answers_with_empty_TwiML()
    {
        var number = NewNumber();

        using var response = await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, TwilioPortalFactory.InboundText(number, "STOP"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
        (await response.Content.ReadAsStringAsync()).ShouldBe("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");
        var optOut = (await OptOutOfAsync(number)).ShouldNotBeNull();
        optOut.OptedOut.ShouldBeTrue();
        optOut.Keyword.ShouldBe("STOP");
    }

    [Fact]
    public async Task A_signed_START_opts_the_number_back_in()
    {
        var number = NewNumber();
        (await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, TwilioPortalFactory.InboundText(number, "unsubscribe"))).Dispose();
        (await OptOutOfAsync(number))!.OptedOut.ShouldBeTrue();

        using var response = await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, TwilioPortalFactory.InboundText(number, "Start"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var record = (await OptOutOfAsync(number)).ShouldNotBeNull();
        record.OptedOut.ShouldBeFalse();
        record.Keyword.ShouldBe("START");
    }

    [Fact]
    public async Task A_STOP_takes_effect_at_once_on_texts_already_queued()
    {
        var number = NewNumber();
        var queued = await factory.WithDbAsync(async db =>
        {
            // Due tomorrow, so the worker leaves it queued until the STOP arrives.
            var now = DateTimeOffset.UtcNow;
            var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse(number), "Your bill looks high", "en", "Test",
                null, now, now.AddDays(1));
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message;
        });

        (await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, TwilioPortalFactory.InboundText(number, "STOP"))).Dispose();

        var after = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id));
        after.Status.ShouldBe(OutboxStatus.Suppressed);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_and_changes_nothing()
    {
        var number = NewNumber();

        using var response = await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, TwilioPortalFactory.InboundText(number, "Hello"),
            tamper: form => form["Body"] = "STOP");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OptOutOfAsync(number)).ShouldBeNull();
    }

    [Fact]
    public async Task A_signature_made_with_another_token_is_refused()
    {
        var number = NewNumber();
        var form = TwilioPortalFactory.InboundText(number, "STOP");
        var forged = TwilioPortalFactory.Sign(TwilioPortalFactory.PublicBase + TwilioWebhooks.InboundPath, form, authToken: "not-our-token");

        using var response = await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, form, forged);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OptOutOfAsync(number)).ShouldBeNull();
    }

    [Fact]
    public async Task A_request_without_a_signature_is_refused()
    {
        var number = NewNumber();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(TwilioWebhooks.InboundPath, new FormUrlEncodedContent(TwilioPortalFactory.InboundText(number, "STOP")));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OptOutOfAsync(number)).ShouldBeNull();
    }

    [Fact]
    public async Task The_signature_covers_the_public_url_behind_the_proxy_not_the_one_the_node_sees()
    {
        var number = NewNumber();
        var form = TwilioPortalFactory.InboundText(number, "STOP");
        var signedForInternalUrl = TwilioPortalFactory.Sign("http://localhost" + TwilioWebhooks.InboundPath, form);

        using var response = await factory.PostAsTwilioAsync(TwilioWebhooks.InboundPath, form, signedForInternalUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OptOutOfAsync(number)).ShouldBeNull();
    }

    [Fact]
    public async Task The_worker_sends_through_Twilio_and_status_reports_only_move_it_forward()
    {
        var number = NewNumber();
        var queued = await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse(number), "Su próxima factura parece alta", "es",
                "Test", null, now, now);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message;
        });

        // What the background worker posted to Twilio's Messages endpoint.
        var posted = await factory.Twilio.WaitForMessageToAsync(number);
        posted["From"].ShouldBe(TwilioPortalFactory.FromNumber);
        posted["Body"].ShouldBe("Su próxima factura parece alta");
        var callback = posted["StatusCallback"];
        callback.ShouldBe($"{TwilioPortalFactory.PublicBase}/webhooks/twilio/status?outboxId={queued.Id:N}");
        factory.Twilio.Requests.Single(r => r.Form["To"] == number).Url
            .ShouldBe($"https://api.twilio.com/2010-04-01/Accounts/{TwilioPortalFactory.AccountSid}/Messages.json");
        var sent = await WaitForStatusAsync(queued.Id, OutboxStatus.Sent);
        var sid = sent.ProviderMessageId.ShouldNotBeNull();

        var pathAndQuery = new Uri(callback).PathAndQuery;
        (await factory.PostAsTwilioAsync(pathAndQuery, TwilioPortalFactory.StatusReport(sid, "delivered"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.PostAsTwilioAsync(pathAndQuery, TwilioPortalFactory.StatusReport(sid, "sent"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id));
        after.Status.ShouldBe(OutboxStatus.Delivered);
        after.ProviderStatus.ShouldBe("delivered");
    }

    [Fact]
    public async Task A_status_report_with_a_bad_signature_changes_nothing()
    {
        var queued = await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse(NewNumber()), "Hello", "en", "Test", null, now, now);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message;
        });
        var sent = await WaitForStatusAsync(queued.Id, OutboxStatus.Sent);
        var path = $"{TwilioWebhooks.StatusPath}?outboxId={queued.Id:N}";

        using var response = await factory.PostAsTwilioAsync(path, TwilioPortalFactory.StatusReport(sent.ProviderMessageId!, "sent"),
            tamper: form => form["MessageStatus"] = "failed");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id))).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task An_undelivered_report_records_the_carrier_error()
    {
        var queued = await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse(NewNumber()), "Hello", "en", "Test", null, now, now);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message;
        });
        var sent = await WaitForStatusAsync(queued.Id, OutboxStatus.Sent);

        (await factory.PostAsTwilioAsync($"{TwilioWebhooks.StatusPath}?outboxId={queued.Id:N}",
            TwilioPortalFactory.StatusReport(sent.ProviderMessageId!, "undelivered", "30003"))).Dispose();

        var after = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == queued.Id));
        after.Status.ShouldBe(OutboxStatus.Undeliverable);
        after.LastError.ShouldBe("Twilio error 30003 (undelivered)");
    }

    private async Task<OutboxMessage> WaitForStatusAsync(Guid id, OutboxStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var message = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
            if (message.Status == status || DateTime.UtcNow > deadline)
            {
                message.Status.ShouldBe(status);
                return message;
            }

            await Task.Delay(100);
        }
    }
}
