using System.Net;

namespace UtilityPortal.BackOffice.Tests.Support;

/// <summary>Does what a staff member does with an authenticator app: read the shared key, type the current code.</summary>
public static class TwoFactorSetup
{
    /// <summary>Turns on two-factor sign-in for the signed-in browser's user and returns the shared key.</summary>
    public static async Task<string> EnableAsync(HttpClient browser)
    {
        using var page = await browser.GetAsync("/Account/Manage/TwoFactor");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<div class=\"qr\" role=\"img\"");
        var key = Html.ElementText(html, "shared-key");
        using var enable = await browser.PostFormAsync("/Account/Manage/TwoFactor",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) },
            "/Account/Manage/TwoFactor?handler=Enable");
        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return key;
    }
}
