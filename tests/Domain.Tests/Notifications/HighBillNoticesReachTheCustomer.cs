using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>A high bill found in review becomes a portal notice, an e-mail and (with consent) a text, in the customer's language.</summary>
public sealed class HighBillNoticesReachTheCustomer
{
    [Fact]
    public async Task ConsentingCustomerGetsTextEmailAndPortalNoticeInEnglish()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync();
        var notice = NotificationsHarness.HighBill(account);

        await h.NotifyAsync(notice);

        var messages = await h.MessagesAsync();
        messages.Select(m => m.Channel).ShouldBe([OutboxChannel.Sms, OutboxChannel.Email]);
        var sms = messages[0];
        sms.Recipient.ShouldBe("+13055550142");
        sms.Language.ShouldBe("en");
        sms.Status.ShouldBe(OutboxStatus.Queued);
        sms.Body.ShouldContain("$182.40");
        sms.Body.ShouldContain("You used 14,000 gallons, 62% more than your 12-month average.");
        sms.Body.ShouldContain("leaks and irrigation");
        sms.Body.ShouldContain("Reply STOP");
        var email = messages[1];
        email.Recipient.ShouldBe("ana.rivera@example.com");
        email.Subject.ShouldBe($"High bill notice for account {account.Number.Value}");
        email.Body.ShouldContain("Dear Ana Rivera,");
        email.Body.ShouldContain("is projected at $182.40");
        email.Body.ShouldContain("You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons.");
        email.Body.ShouldContain("Look for leaks");
        email.Body.ShouldContain("irrigation");

        var portal = await h.WithDbAsync(db => db.HighBillPortalNotices.AsNoTracking().SingleAsync());
        portal.ServiceAccountId.ShouldBe(account.Id);
        portal.BillId.ShouldBe(notice.BillId);
        portal.ProjectedAmount.Amount.ShouldBe(182.40m);
    }

    [Fact]
    public async Task SpanishSpeakingCustomerIsWrittenToInSpanish()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync(language: Languages.Spanish);

        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        var messages = await h.MessagesAsync();
        messages.ShouldAllBe(m => m.Language == "es");
        messages[0].Body.ShouldContain("Usó 14,000 galones, 62% más que su promedio de 12 meses.");
        messages[0].Body.ShouldContain("Responda STOP");
        messages[1].Subject.ShouldBe($"Aviso de factura alta para la cuenta {account.Number.Value}");
        messages[1].Body.ShouldContain("Busque fugas");
        messages[1].Body.ShouldContain("riego");
    }

    [Fact]
    public async Task NoTextWithoutConsent()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync(smsConsent: false);

        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        (await h.MessagesAsync()).Select(m => m.Channel).ShouldBe([OutboxChannel.Email]);
        (await h.WithDbAsync(db => db.HighBillPortalNotices.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task NoTextToANumberThatOptedOut()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync();
        await h.WithAsync<ReceiveInboundSms, InboundSmsEffect>(r => r.HandleAsync("+13055550142", "STOP"));

        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        (await h.MessagesAsync()).Select(m => m.Channel).ShouldBe([OutboxChannel.Email]);
    }

    [Fact]
    public async Task NoEmailWithoutAnAddress()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync(email: null);

        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        (await h.MessagesAsync()).Select(m => m.Channel).ShouldBe([OutboxChannel.Sms]);
    }

    [Fact]
    public async Task NotifyingTheSameBillAgainAddsNothing()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync();
        var notice = NotificationsHarness.HighBill(account);

        await h.NotifyAsync(notice);
        await h.NotifyAsync(notice);
        await h.NotifyAsync(notice with { ProjectedAmount = new UtilityPortal.Domain.Ledger.Money(999m) });

        (await h.MessagesAsync()).Count.ShouldBe(2);
        (await h.WithDbAsync(db => db.HighBillPortalNotices.CountAsync())).ShouldBe(1);
        (await h.WithDbAsync(db => db.HighBillPortalNotices.SingleAsync())).ProjectedAmount.Amount.ShouldBe(182.40m);
    }

    [Fact]
    public async Task ADifferentBillIsNotifiedAgain()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync();

        await h.NotifyAsync(NotificationsHarness.HighBill(account));
        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        (await h.MessagesAsync()).Count.ShouldBe(4);
    }

    [Fact]
    public async Task QueuedMessagesAreSentByTheOutbox()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var account = await h.AddAccountAsync();
        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        await h.RunOutboxAsync();

        h.Sms.Sent.Single().To.ShouldBe("+13055550142");
        h.Email.Sent.Single().To.ShouldBe("ana.rivera@example.com");
        h.Email.Sent.Single().Subject.ShouldStartWith("High bill notice");
        (await h.MessagesAsync()).ShouldAllBe(m => m.Status == OutboxStatus.Sent && m.ClaimToken == null);
    }
}
