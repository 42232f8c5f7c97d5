using System.Net;

namespace UtilityPortal.BackOffice.Tests;

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task SignInAttemptsBeyondTheLimitGet429()
    {
        using var browser = factory.CreateBrowser();
        var fields = new Dictionary<string, string> { ["Input.Email"] = Staff.SpecialistI, ["Input.Password"] = "Wrong-password-1" };

        // Each attempt is a GET of the form and a POST; three requests a minute allow one and a half attempts.
        using var first = await browser.PostFormAsync("/Account/Login", fields);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var page = await browser.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var limited = await browser.GetAsync("/Account/Login");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.TextAsync()).ShouldContain("Too many attempts");
        using var otherPage = await browser.GetAsync("/Error/404");
        otherPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
