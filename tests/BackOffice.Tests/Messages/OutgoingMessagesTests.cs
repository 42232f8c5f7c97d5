using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.BackOffice.Tests.Messages;

/// <summary>
/// The BackOffice without Twilio keys: texts go to the offline channel, and staff read them on "Outgoing messages".
/// The background worker is off and quiet hours are disabled, so each test runs the outbox itself, at any hour.
/// </summary>
public sealed class OfflineOutboxFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Notifications:Outbox:Enabled"] = "false";
            settings["Notifications:QuietHours:Start"] = "00:00";
            settings["Notifications:QuietHours:End"] = "00:00";
            return settings;
        }
    }

    /// <summary>Gives an account's customer an e-mail, a consenting mobile and a language, then notifies a high bill for it; returns the account number.</summary>
    public async Task<string> NotifyHighBillAsync(string mobile, string email, string language)
    {
        var account = await WithDbAsync(async db =>
        {
            var account = await db.ServiceAccounts.Include(a => a.Customer)
                .Where(a => !db.Set<OutboxMessage>().Any(m => m.ServiceAccountId == a.Id))
                .OrderBy(a => a.Number).FirstAsync();
            var customer = account.Customer!;
            customer.UpdateContact(new ContactDetails(email, customer.MailingAddress, null, null, null, PhoneNumber.Parse(mobile), language, SmsConsent: true),
                DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow, "test");
            await db.SaveChangesAsync();
            return account;
        });
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IHighBillNotifier>().NotifyAsync(
            new HighBillNotice(account.Id, Guid.CreateVersion7(), new Money(182.40m), 14_000, 8_642, new DateOnly(2026, 11, 30)));
        return account.Number.Value;
    }

    public async Task RunOutboxAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        while (await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().RunOnceAsync("test") > 0)
        {
        }
    }
}

public sealed class OutgoingMessagesTests(OfflineOutboxFactory factory) : IClassFixture<OfflineOutboxFactory>
{
    private async Task<HttpClient> StaffBrowserAsync()
    {
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        return browser;
    }

    private Task<OutboxMessage> MessageToAsync(string recipient) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == recipient));

    [Fact]
    public async Task A_text_kept_offline_is_listed_and_its_body_can_be_read()
    {
        var number = await factory.NotifyHighBillAsync("+13055550161", "offline.reader@example.com", Languages.English);
        await factory.RunOutboxAsync();
        var text = await MessageToAsync("+13055550161");
        text.Status.ShouldBe(OutboxStatus.Sent);
        text.Provider.ShouldBe("offline");
        using var browser = await StaffBrowserAsync();

        using var list = await browser.GetAsync("/Messages");
        var listHtml = await list.TextAsync();
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        listHtml.ShouldContain("<h1>Outgoing messages</h1>");
        listHtml.ShouldContain($"href=\"/Messages/{text.Id}\"");
        listHtml.ShouldContain("+13055550161");
        listHtml.ShouldContain("Sent – kept offline");

        using var details = await browser.GetAsync($"/Messages/{text.Id}");
        var html = await details.TextAsync();
        details.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.ElementText(html, "body").ShouldContain($"account {number} bill projected at $182.40");
        Html.ElementText(html, "body").ShouldContain("You used 14,000 gallons, 62% more than your 12-month average.");
        Html.ElementText(html, "status").ShouldBe("Sent – kept offline, not sent");
        html.ShouldContain($"href=\"/Accounts/{number}\"");
    }

    [Fact]
    public async Task The_e_mail_shows_its_subject_and_Spanish_body()
    {
        var number = await factory.NotifyHighBillAsync("+13055550162", "lectora@example.com", Languages.Spanish);
        var email = await MessageToAsync("lectora@example.com");
        using var browser = await StaffBrowserAsync();

        using var details = await browser.GetAsync($"/Messages/{email.Id}");
        var html = await details.TextAsync();

        Html.ElementText(html, "subject").ShouldBe($"Aviso de factura alta para la cuenta {number}");
        Html.ElementText(html, "body").ShouldContain("Usó 14,000 galones, 62% más que su promedio de 12 meses de 8,642 galones.");
        html.ShouldContain("<pre id=\"body\" lang=\"es\"");
    }

    [Fact]
    public async Task Messages_filter_by_status_and_channel()
    {
        await factory.NotifyHighBillAsync("+13055550163", "filter.one@example.com", Languages.English);
        await factory.RunOutboxAsync();
        var later = await factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse("+13055550164"), "Tomorrow's text", "en", "Test", null,
                now, now.AddDays(1));
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message;
        });
        using var browser = await StaffBrowserAsync();

        var queued = await (await browser.GetAsync("/Messages?status=Queued")).TextAsync();
        queued.ShouldContain("+13055550164");
        queued.ShouldNotContain("+13055550163");
        queued.ShouldContain("<option value=\"Queued\" selected=\"selected\">");

        var emails = await (await browser.GetAsync("/Messages?channel=Email")).TextAsync();
        emails.ShouldContain("filter.one@example.com");
        emails.ShouldNotContain("+13055550163");
        emails.ShouldNotContain("+13055550164");

        var sentTexts = await (await browser.GetAsync("/Messages?status=Sent&channel=Sms")).TextAsync();
        sentTexts.ShouldContain("+13055550163");
        sentTexts.ShouldNotContain("filter.one@example.com");
        sentTexts.ShouldNotContain(later.Recipient);

        var none = await (await browser.GetAsync("/Messages?status=Undeliverable")).TextAsync();
        none.ShouldContain("No messages match.");
    }

    [Fact]
    public async Task The_navigation_leads_to_outgoing_messages_in_both_languages()
    {
        using var browser = await StaffBrowserAsync();

        var english = await (await browser.GetAsync("/Accounts")).TextAsync();
        english.ShouldContain("<a href=\"/Messages\">Outgoing messages</a>");

        var spanish = await (await browser.GetAsync("/Messages?culture=es-US")).TextAsync();
        spanish.ShouldContain("<h1>Mensajes salientes</h1>");
        spanish.ShouldContain("aria-current=\"page\">Mensajes salientes</a>");
    }

    [Fact]
    public async Task An_unknown_message_is_not_found()
    {
        using var browser = await StaffBrowserAsync();

        using var response = await browser.GetAsync($"/Messages/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_staff_may_read_outgoing_messages()
    {
        using var anonymous = factory.CreateBrowser();

        using var response = await anonymous.GetAsync("/Messages");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }
}
