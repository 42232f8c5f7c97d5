using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed partial class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "Brand-new-pass-42";

    [Fact]
    public async Task A_resident_registers_confirms_the_email_from_the_pickup_folder_and_signs_in()
    {
        const string email = "new.resident@example.com";
        var browser = factory.CreateBrowser();

        using var registered = await RegisterAsync(browser, email, "Resident");

        registered.Headers.Location!.OriginalString.ShouldBe("/Account/RegisterConfirmation");
        using (var beforeConfirming = await browser.SignInAsync(email, NewPassword))
        {
            beforeConfirming.StatusCode.ShouldBe(HttpStatusCode.OK, "an unconfirmed e-mail cannot sign in");
        }

        var mail = factory.MailsTo(email).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Confirm your e-mail address for City Utilities");
        var (status, html) = await browser.GetPageAsync(LocalPath(mail.Body, "/Account/ConfirmEmail"));
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain("E-mail confirmed");

        using var signedIn = await browser.SignInAsync(email, NewPassword);
        signedIn.Headers.Location!.OriginalString.ShouldBe("/Accounts");
        var (kind, roles) = await KindAndRolesAsync(email);
        kind.ShouldBe(UserKind.Resident);
        roles.ShouldBe([PublicRoles.Resident]);
    }

    [Fact]
    public async Task A_contractor_registers_as_a_contractor()
    {
        const string email = "builder@example.com";
        var browser = factory.CreateBrowser();

        using var registered = await RegisterAsync(browser, email, "Contractor");
        await browser.GetAsync(LocalPath(factory.MailsTo(email).Single().Body, "/Account/ConfirmEmail"));
        using var signedIn = await browser.SignInAsync(email, NewPassword);

        signedIn.Headers.Location!.OriginalString.ShouldBe("/Contractors");
        var (kind, roles) = await KindAndRolesAsync(email);
        kind.ShouldBe(UserKind.Contractor);
        roles.ShouldBe([PublicRoles.Contractor]);
    }

    [Fact]
    public async Task Nobody_registers_as_staff()
    {
        using var response = await RegisterAsync(factory.CreateBrowser(), "sneaky@example.com", "Staff");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldContain("Choose resident or contractor.");
        (await factory.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == "sneaky@example.com")))).ShouldBeFalse();
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_like_a_new_one_and_tells_the_owner()
    {
        using var taken = await RegisterAsync(factory.CreateBrowser(), PortalFactory.ResidentEmail, "Resident");
        using var fresh = await RegisterAsync(factory.CreateBrowser(), "someone.else@example.com", "Resident");

        taken.StatusCode.ShouldBe(fresh.StatusCode);
        taken.Headers.Location.ShouldBe(fresh.Headers.Location);
        factory.MailsTo(PortalFactory.ResidentEmail).ShouldContain(m => m.Subject == "Someone tried to register with your e-mail address");
        (await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == PortalFactory.ResidentEmail)))).ShouldBe(1);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_a_registered_and_an_unknown_address()
    {
        await factory.CreateUserAsync("forgetful@example.com");
        var known = factory.CreateBrowser();
        var unknown = factory.CreateBrowser();

        using var knownResponse = await known.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "forgetful@example.com" });
        using var unknownResponse = await unknown.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "never-registered@example.com" });

        knownResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unknownResponse.StatusCode.ShouldBe(knownResponse.StatusCode);
        unknownResponse.Headers.Location.ShouldBe(knownResponse.Headers.Location);
        Page.MainHtml((await known.FollowAsync(knownResponse)).Html).ShouldBe(Page.MainHtml((await unknown.FollowAsync(unknownResponse)).Html));
        factory.MailsTo("forgetful@example.com").ShouldHaveSingleItem();
        factory.MailsTo("never-registered@example.com").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_reset_link_sets_a_new_password()
    {
        const string email = "resetter@example.com";
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();
        using (await browser.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        var resetPage = LocalPath(factory.MailsTo(email).Single().Body, "/Account/ResetPassword");
        var (_, html) = await browser.GetPageAsync(resetPage);
        var fields = Page.FormFields(html);
        fields["Input.Email"] = email;
        fields["Input.Password"] = NewPassword;
        fields["Input.ConfirmPassword"] = NewPassword;
        using var reset = await browser.PostFormAsync(resetPage, fields);

        reset.Headers.Location!.OriginalString.ShouldBe("/Account/ResetPasswordConfirmation");
        using var oldPassword = await factory.CreateBrowser().SignInAsync(email);
        oldPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var newPassword = await factory.CreateBrowser().SignInAsync(email, NewPassword);
        newPassword.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_reset_for_an_unknown_address_gets_the_answer_of_a_bad_link()
    {
        await factory.CreateUserAsync("real@example.com");

        var forUnknown = await ResetWithBogusCodeAsync("ghost@example.com");
        var forKnown = await ResetWithBogusCodeAsync("real@example.com");

        forUnknown.ShouldBe(forKnown);
        forKnown.ShouldBe(["This link is not valid or has expired. Ask for a new one."]);
    }

    private async Task<IReadOnlyList<string>> ResetWithBogusCodeAsync(string email)
    {
        using var response = await factory.CreateBrowser().PostFormAsync("/Account/ResetPassword?code=Ym9ndXM", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
            ["Input.Code"] = "Ym9ndXM",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Page.Errors(await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient browser, string email, string kind) =>
        browser.PostFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Test Person",
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
            ["Input.Kind"] = kind,
        });

    private async Task<(UserKind Kind, IList<string> Roles)> KindAndRolesAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return (user.Kind, await users.GetRolesAsync(user));
    }

    /// <summary>The link in a mail, as a path on this site (the test server answers any host).</summary>
    private static string LocalPath(string body, string path)
    {
        var link = new Uri(LinkPattern().Matches(body).Select(m => m.Value).First(v => new Uri(v).AbsolutePath == path));
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
