using System.Net;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Pages.Account;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_resident_signs_in_and_lands_on_their_accounts()
    {
        var browser = factory.CreateBrowser();

        using var response = await browser.SignInAsync(PortalFactory.ResidentEmail);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Accounts");
        var (status, html) = await browser.GetPageAsync("/Accounts");
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain("My accounts");
    }

    [Fact]
    public async Task A_contractor_signs_in_to_the_contractor_home()
    {
        var browser = factory.CreateBrowser();

        using var response = await browser.SignInAsync("contractor@example.com");

        response.Headers.Location!.OriginalString.ShouldBe("/Contractors");
        (await browser.GetPageAsync("/Contractors")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var wrongPassword = await FailedSignInAsync(PortalFactory.ResidentEmail, "Not-the-password-1");
        var unknown = await FailedSignInAsync("nobody-here@example.com", "Not-the-password-1");

        // The same page, but for the address each typed, which the form keeps.
        wrongPassword.Replace(PortalFactory.ResidentEmail, "{email}", StringComparison.Ordinal)
            .ShouldBe(unknown.Replace("nobody-here@example.com", "{email}", StringComparison.Ordinal));
        Page.Errors(wrongPassword).ShouldBe([Failure]);
    }

    [Fact]
    public async Task Staff_cannot_sign_in_to_the_portal_and_get_the_generic_answer()
    {
        var html = await FailedSignInAsync("specialist1@example.com", HtmlForms.DemoPassword);

        Page.Errors(html).ShouldBe([Failure]);
    }

    [Fact]
    public async Task An_unconfirmed_address_cannot_sign_in_and_gets_the_generic_answer()
    {
        await factory.CreateUserAsync("unconfirmed@example.com", confirmed: false);

        var html = await FailedSignInAsync("unconfirmed@example.com", HtmlForms.DemoPassword);

        Page.Errors(html).ShouldBe([Failure]);
    }

    [Fact]
    public async Task After_five_failures_even_the_right_password_is_refused_with_the_same_answer()
    {
        const string email = "lockout@example.com";
        await factory.CreateUserAsync(email);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Page.Errors(await FailedSignInAsync(email, "Wrong-password-" + attempt)).ShouldBe([Failure]);
        }

        var browser = factory.CreateBrowser();
        using var sixth = await browser.SignInAsync(email);

        sixth.StatusCode.ShouldBe(HttpStatusCode.OK, "a locked-out user is not redirected in");
        Page.Errors(await sixth.Content.ReadAsStringAsync()).ShouldBe([Failure]);
        (await browser.GetPageAsync("/Accounts")).Status.ShouldBe(HttpStatusCode.Redirect, "no session was started");
        var lockedUntil = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).LockoutEnd));
        lockedUntil.ShouldNotBeNull();
        lockedUntil.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Signing_out_is_a_post_and_ends_the_session()
    {
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await browser.PostFormAsync("/Account/Logout", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetPageAsync("/Accounts")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    private const string Failure = LoginModel.FailureMessage;

    private async Task<string> FailedSignInAsync(string email, string password)
    {
        var browser = factory.CreateBrowser();
        using var response = await browser.SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"signing in as {email} should fail");
        return Page.WithoutTokens(Page.MainHtml(await response.Content.ReadAsStringAsync()));
    }
}
