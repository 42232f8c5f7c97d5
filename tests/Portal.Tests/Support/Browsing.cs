using System.Net;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Support;

public static class Browsing
{
    /// <summary>A browser signed in as <paramref name="email"/>; fails the test if the sign-in does not redirect.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this PortalFactory factory, string email, string password = HtmlForms.DemoPassword)
    {
        var browser = factory.CreateBrowser();
        using var response = await browser.SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {email}");
        return browser;
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(this HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Follows one redirect, as a browser would after a post.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> FollowAsync(this HttpClient browser, HttpResponseMessage redirect)
    {
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await browser.GetPageAsync(redirect.Headers.Location!.OriginalString);
    }
}
