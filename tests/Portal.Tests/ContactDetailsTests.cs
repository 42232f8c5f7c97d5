using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed class ContactDetailsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_change_through_the_page_is_saved_audited_and_confirmed()
    {
        var (browser, number, customerId) = await ResidentOnOwnAccountAsync("contact.changer@example.com");
        var url = $"/Accounts/{number}/Contact";
        var fields = Page.FormFields((await browser.GetPageAsync(url)).Html);
        fields["Input.MobilePhone"] = "(305) 555-0142";
        fields["Input.Email"] = "new.address@example.com";

        using var response = await browser.PostFormAsync(url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "post-redirect-get");
        response.Headers.Location!.OriginalString.ShouldBe(url);
        var (_, html) = await browser.FollowAsync(response);
        Page.MainText(html).ShouldContain("Your contact details have been saved.");
        Page.FormFields(html)["Input.MobilePhone"].ShouldBe("(305) 555-0142");
        var saved = await factory.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId));
        saved.MobilePhone!.Value.E164.ShouldBe("+13055550142");
        saved.Email.ShouldBe("new.address@example.com");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == customerId.ToString() && a.Actor == "contact.changer@example.com").ToListAsync());
        audit.Select(a => a.Field).ShouldBe(["Email", "MobilePhone"], ignoreOrder: true);
        audit.ShouldAllBe(a => a.Action == "ContactChanged");
        audit.Single(a => a.Field == "MobilePhone").After.ShouldBe("+13055550142");
    }

    [Fact]
    public async Task Invalid_email_phone_zip_and_state_each_get_a_message_and_nothing_is_saved()
    {
        var (browser, number, customerId) = await ResidentOnOwnAccountAsync("contact.typo@example.com");
        var url = $"/Accounts/{number}/Contact";
        var before = await ContactSnapshotAsync(customerId);
        var auditedBefore = await AuditCountAsync(customerId);
        var fields = Page.FormFields((await browser.GetPageAsync(url)).Html);
        fields["Input.Email"] = "not-an-email";
        fields["Input.MobilePhone"] = "12";
        fields["Input.MailingAddress.Zip"] = "ABCDE";
        fields["Input.MailingAddress.State"] = "Florida";

        using var response = await browser.PostFormAsync(url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Page.Errors(html).ShouldBe(
        [
            "Enter a valid e-mail address, for example name@example.com.",
            "Enter the two-letter state code, for example FL.",
            "Enter a 5-digit ZIP code (or ZIP+4, such as 33301-1234).",
            "Enter a valid phone number, for example (305) 555-0123.",
        ], ignoreOrder: true);
        foreach (var field in new[] { "Input_Email", "Input_MobilePhone", "Input_MailingAddress_Zip", "Input_MailingAddress_State" })
        {
            html.ShouldContain($"href=\"#{field}\"", customMessage: "the error summary links to the field");
            Page.InputTag(html, field).ShouldContain("aria-invalid=\"true\"");
        }

        Page.InputTag(html, "Input_MailingAddress_City").ShouldNotContain("aria-invalid");

        Page.FormFields(html)["Input.MobilePhone"].ShouldBe("12", "what was typed stays in the form");
        (await ContactSnapshotAsync(customerId)).ShouldBe(before);
        (await AuditCountAsync(customerId)).ShouldBe(auditedBefore);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_nothing_is_saved()
    {
        var (browser, number, customerId) = await ResidentOnOwnAccountAsync("contact.csrf@example.com");
        var url = $"/Accounts/{number}/Contact";
        var before = await ContactSnapshotAsync(customerId);
        var fields = Page.FormFields((await browser.GetPageAsync(url)).Html);
        fields["Input.Email"] = "attacker@example.com";

        using var response = await browser.PostAsync(url, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Page.MainText(await response.Content.ReadAsStringAsync()).ShouldContain("Something was wrong with that request");
        (await ContactSnapshotAsync(customerId)).ShouldBe(before);
    }

    [Fact]
    public async Task The_sms_consent_wording_is_shown_next_to_the_box()
    {
        var (browser, number, _) = await ResidentOnOwnAccountAsync("contact.sms@example.com");

        var (_, html) = await browser.GetPageAsync($"/Accounts/{number}/Contact");

        Page.MainText(html).ShouldContain(SmsConsent.Wording);
    }

    /// <summary>A fresh resident with one linked account of their own, so each test edits a different customer.</summary>
    private async Task<(HttpClient Browser, string Number, Guid CustomerId)> ResidentOnOwnAccountAsync(string email)
    {
        var user = await factory.CreateUserAsync(email);
        var number = await factory.LinkAnyAccountAsync(user.Id, []);
        var parsed = AccountNumber.Parse(number);
        var customerId = await factory.WithDbAsync(db => db.ServiceAccounts.Where(a => a.Number == parsed).Select(a => a.CustomerId).SingleAsync());
        return (await factory.SignedInBrowserAsync(email), number, customerId);
    }

    private Task<int> AuditCountAsync(Guid customerId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == customerId.ToString()));

    private Task<string> ContactSnapshotAsync(Guid customerId) => factory.WithDbAsync(async db =>
    {
        var c = await db.Customers.AsNoTracking().SingleAsync(x => x.Id == customerId);
        return $"{c.Email}|{c.MailingAddress}|{c.TemporaryMailingAddress}|{c.HomePhone}|{c.MobilePhone}|{c.PreferredLanguage}|{c.SmsConsent.Given}";
    });
}
