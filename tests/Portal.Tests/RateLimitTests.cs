using System.Net;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

/// <summary>Three sign-in, registration or reset requests a minute from one address; the next gets 429.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["RateLimits:AuthPermitsPerMinute"] = "3" };
}

public sealed class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Repeated_sign_in_attempts_get_429_and_so_do_registration_and_reset()
    {
        var browser = factory.CreateBrowser();
        var token = HtmlForms.AntiforgeryToken((await browser.GetPageAsync("/Account/Login")).Html);
        var statuses = new List<HttpStatusCode>();
        string? refusal = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = PortalFactory.ResidentEmail,
                ["Input.Password"] = "Wrong-password-1",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refusal = await response.Content.ReadAsStringAsync();
            }
        }

        statuses[0].ShouldBe(HttpStatusCode.OK);
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        Page.MainText(refusal!).ShouldContain("Too many attempts");

        foreach (var page in new[] { "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword" })
        {
            using var response = await browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>()));
            response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, page);
        }

        (await browser.GetPageAsync("/")).Status.ShouldBe(HttpStatusCode.OK, "other pages are not limited");
    }
}
