using System.Net;

namespace UtilityPortal.BackOffice.Tests;

public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task SignInAttemptsBeyondTheLimitGet429()
    {
        using var browser = factory.CreateBrowser();
        var fields = new Dictionary<string, string> { ["Input.Email"] = Staff.SpecialistI, ["Input.Password"] = "Wrong-password-1" };

        // Three attempts a minute are allowed; reading the sign-in page is not an attempt.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await browser.PostFormAsync("/Account/Login", fields);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        using var limited = await browser.PostFormAsync("/Account/Login", fields);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.TextAsync()).ShouldContain("Too many attempts");
        using var page = await browser.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
