using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Webhooks;

/// <summary>A high bill found in review shows on the resident's dashboard, in the language they read the Portal in, and leaves by text and e-mail through Twilio and the pick-up folder.</summary>
public sealed class HighBillNoticeTests(TwilioPortalFactory factory) : IClassFixture<TwilioPortalFactory>
{
    private async Task<(Guid Id, string Number)> NotifiedAccountAsync(int index)
    {
        var account = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[index];
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IHighBillNotifier>().NotifyAsync(
            new HighBillNotice(account.Id, Guid.CreateVersion7(), new Money(182.40m), 14_000, 8_642, new DateOnly(2026, 11, 30)));
        return account;
    }

    [Fact]
    public async Task The_dashboard_shows_the_notice_in_English()
    {
        var (_, number) = await NotifiedAccountAsync(0);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Accounts/{number}");

        status.ShouldBe(HttpStatusCode.OK);
        var text = Page.MainText(html);
        text.ShouldContain("Your next bill looks high");
        text.ShouldContain($"Your bill for account {number} for the period ending Monday, November 30, 2026 is projected at $182.40.");
        text.ShouldContain("You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons.");
        text.ShouldContain("Look for leaks");
        text.ShouldContain("Check your irrigation system");
        html.ShouldContain("aria-labelledby=\"high-bill-title\"");
    }

    [Fact]
    public async Task The_dashboard_shows_the_notice_in_Spanish()
    {
        var (_, number) = await NotifiedAccountAsync(0);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{number}?culture=es-US");

        var text = Page.MainText(html);
        text.ShouldContain("Su próxima factura parece alta");
        text.ShouldContain("Usó 14,000 galones, 62% más que su promedio de 12 meses de 8,642 galones.");
        text.ShouldContain("Busque fugas");
        text.ShouldContain("Revise su sistema de riego");
        text.ShouldNotContain("Your next bill looks high");
    }

    [Fact]
    public async Task An_account_without_a_high_bill_shows_no_notice()
    {
        var (id, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[1];
        await factory.WithDbAsync(db => db.HighBillPortalNotices.Where(n => n.ServiceAccountId == id).ExecuteDeleteAsync());
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Accounts/{number}");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldNotContain("high-bill-notice");
        Page.MainText(html).ShouldNotContain("looks high");
    }

    [Fact]
    public async Task A_consenting_resident_gets_the_text_through_Twilio_and_the_e_mail_in_the_pick_up_folder()
    {
        var (id, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[1];
        const string mobile = "+13055550177";
        const string email = "high.bill.reader@example.com";
        await factory.WithDbAsync(async db =>
        {
            var customer = await db.ServiceAccounts.Where(a => a.Id == id).Select(a => a.Customer!).SingleAsync();
            customer.UpdateContact(new ContactDetails(email, customer.MailingAddress, null, null, null, PhoneNumber.Parse(mobile), Languages.English,
                SmsConsent: true), DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow, "test");
            return await db.SaveChangesAsync();
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IHighBillNotifier>().NotifyAsync(
                new HighBillNotice(id, Guid.CreateVersion7(), new Money(182.40m), 14_000, 8_642, new DateOnly(2026, 11, 30)));
        }

        var text = await factory.Twilio.WaitForMessageToAsync(mobile);
        text["From"].ShouldBe(TwilioPortalFactory.FromNumber);
        text["Body"].ShouldContain($"account {number} bill projected at $182.40");
        text["Body"].ShouldContain("You used 14,000 gallons, 62% more than your 12-month average.");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (factory.MailsTo(email).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var mail = factory.MailsTo(email).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"High bill notice for account {number}");
        mail.Body.ShouldContain("You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons.");
    }
}
