using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.BackOffice.Tests;

public sealed class ContactDetailsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task StaffEditOnTheCustomersBehalfIsAuditedWithOldAndNewValuesAndTheStaffName()
    {
        var account = await factory.WithContactAsync(skip: 4);
        var oldEmail = account.Email;
        var newEmail = $"new-{Guid.NewGuid():N}@example.org";
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        var fields = await CurrentFormAsync(browser, account.Number);
        fields["Input.Email"] = newEmail;
        fields["Input.MobilePhone"] = "(305) 555-0199";

        using var post = await browser.PostFormAsync($"/Accounts/{account.Number}/Contact", fields);

        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var audit = await AuditAsync(account.CustomerId);
        var email = audit.Where(a => a.Field == "Email").ShouldHaveSingleItem();
        email.Before.ShouldBe(oldEmail);
        email.After.ShouldBe(newEmail);
        email.Actor.ShouldBe(Staff.SpecialistI);
        audit.ShouldContain(a => a.Field == "MobilePhone" && a.After == "+13055550199" && a.Actor == Staff.SpecialistI);

        using var page = await browser.GetAsync($"/Accounts/{account.Number}");
        var html = await page.Content.ReadAsStringAsync();
        Html.ElementText(html, "customer-email").ShouldBe(newEmail);
        var trail = Html.ElementText(html, "contact-audit");
        trail.ShouldContain(oldEmail!);
        trail.ShouldContain(newEmail);
        trail.ShouldContain(Staff.SpecialistI);
    }

    [Fact]
    public async Task InvalidEmailPhoneAndZipGetFieldMessagesAndNothingIsSaved()
    {
        var account = await factory.WithContactAsync(skip: 5);
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        var fields = await CurrentFormAsync(browser, account.Number);
        fields["Input.Email"] = "not-an-email";
        fields["Input.MobilePhone"] = "12";
        fields["Input.MailingAddress.Zip"] = "ABCDE";
        var auditBefore = (await AuditAsync(account.CustomerId)).Count;

        using var post = await browser.PostFormAsync($"/Accounts/{account.Number}/Contact", fields);

        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await post.Content.ReadAsStringAsync();
        FieldError(html, "Input.Email").ShouldBe("Enter a valid e-mail address, for example name@example.com.");
        FieldError(html, "Input.MobilePhone").ShouldBe("Enter a valid phone number, for example (305) 555-0123.");
        FieldError(html, "Input.MailingAddress.Zip").ShouldBe("Enter a 5-digit ZIP code (or ZIP+4, such as 33301-1234).");
        // A screen reader announces the field as invalid and reads its message with it.
        System.Text.RegularExpressions.Regex.IsMatch(html,
            "<input[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"Input_Email-error\"[^>]*>").ShouldBeTrue();
        html.ShouldContain("id=\"Input_Email-error\"");
        var customer = await factory.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == account.CustomerId));
        customer.Email.ShouldBe(account.Email);
        (await AuditAsync(account.CustomerId)).Count.ShouldBe(auditBefore);
    }

    [Fact]
    public async Task InvalidInputIsTranslatedForSpanishStaff()
    {
        var account = await factory.WithContactAsync(skip: 5);
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        (await browser.PostFormAsync("/Language", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" })).Dispose();
        var fields = await CurrentFormAsync(browser, account.Number);
        fields["Input.MailingAddress.Zip"] = "ABCDE";

        using var post = await browser.PostFormAsync($"/Accounts/{account.Number}/Contact", fields);

        var html = await post.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"es\">");
        FieldError(html, "Input.MailingAddress.Zip").ShouldBe("Escriba un código postal de 5 dígitos (o ZIP+4, como 33301-1234).");
        html.ShouldContain("Guardar los datos de contacto");
    }

    [Fact]
    public async Task UnknownAccountHasNoContactPage()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var response = await browser.GetAsync($"/Accounts/{AccountNumber.FromSequence(999_999_997)}/Contact");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Dictionary<string, string>> CurrentFormAsync(HttpClient browser, string number)
    {
        using var page = await browser.GetAsync($"/Accounts/{number}/Contact");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Html.FormValues(await page.Content.ReadAsStringAsync());
    }

    /// <summary>The message shown next to one field.</summary>
    private static string FieldError(string html, string field)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"<span class=\"field-error[^\"]*\" data-valmsg-for=\"{field}\"[^>]*>(.*?)</span>");
        match.Success.ShouldBeTrue($"no message element for {field}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private Task<List<Domain.Auditing.AuditEntry>> AuditAsync(Guid customerId)
    {
        var id = customerId.ToString();
        return factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Customer) && a.EntityId == id).ToListAsync());
    }
}
