using System.Net;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests;

public sealed class TwoFactorTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task StaffMemberTurnsOnAnAuthenticatorAndThenSignsInWithItsCode()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistI);
        using var setup = factory.CreateBrowser();
        (await setup.SignInAsync(email, Staff.Password)).Dispose();

        var key = await TwoFactorSetup.EnableAsync(setup);

        using (var page = await setup.GetAsync("/Account/Manage/TwoFactor"))
        {
            var html = await page.Content.ReadAsStringAsync();
            Html.ElementText(html, "two-factor-status").ShouldContain("Two-factor sign-in is on.");
            Html.TextsByClass(html, "codes").ShouldHaveSingleItem().ShouldNotBeEmpty();
        }

        using var browser = factory.CreateBrowser();
        using var password = await browser.SignInAsync(email, Staff.Password);
        password.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWith2fa");
        (await browser.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var wrong = await browser.PostFormAsync(password.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = "000000" });
        (await wrong.TextAsync()).ShouldContain("That code is not right.");

        // The next 30-second step's code: still accepted, and never the one just used to turn two-factor on.
        using var code = await browser.PostFormAsync(password.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task InDevelopmentASupervisorWithoutTwoFactorStillUsesTheSite()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.Supervisor)).Dispose();

        (await browser.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ProductionTwoFactorTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task SupervisorWithoutTwoFactorIsSentToSetUpAndCanUseNothingElseUntilItIsOn()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.Supervisor);
        using var browser = factory.CreateBrowser();

        using var signIn = await browser.SignInAsync(email, Staff.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var page in new[] { "/", "/Accounts", "/Account/ChangePassword" })
        {
            using var blocked = await browser.GetAsync(page);
            blocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            blocked.Headers.Location!.OriginalString.ShouldBe("/Account/Manage/TwoFactor");
        }

        using (var setupPage = await browser.GetAsync("/Account/Manage/TwoFactor"))
        {
            (await setupPage.TextAsync()).ShouldContain("Your role requires two-factor sign-in.");
        }

        using (var api = await PostGraphQlAsync(browser))
        {
            api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await api.Content.ReadAsStringAsync()).ShouldContain("requires two-factor sign-in");
        }

        await TwoFactorSetup.EnableAsync(browser);

        (await browser.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var allowed = await PostGraphQlAsync(browser);
        allowed.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> PostGraphQlAsync(HttpClient browser)
    {
        using var body = new StringContent("{\"query\":\"{ me { email } }\"}", System.Text.Encoding.UTF8, "application/json");
        return await browser.PostAsync("/graphql", body);
    }

    [Fact]
    public async Task SpecialistIsNotRequiredToUseTwoFactor()
    {
        var email = await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistIII);
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(email, Staff.Password)).Dispose();

        (await browser.GetAsync("/Accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownRouteGetsThe404PageWithoutTechnicalDetail()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/no/such/page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var text = await response.TextAsync();
        text.ShouldContain("Page not found");
        text.ShouldNotContain("Exception");
        text.ShouldNotContain(" at UtilityPortal.");
    }
}
