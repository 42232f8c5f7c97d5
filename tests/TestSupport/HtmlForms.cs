using System.Net;
using System.Text.RegularExpressions;

namespace UtilityPortal.TestSupport;

/// <summary>Drives Razor Pages forms as a browser does: read the page, keep its antiforgery token, post the fields.</summary>
public static partial class HtmlForms
{
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>GETs <paramref name="pageUrl"/>, then posts <paramref name="fields"/> with its antiforgery token to <paramref name="postUrl"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        using var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.StatusCode}.");
        }

        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(postUrl ?? pageUrl, content);
    }

    /// <summary>Signs in through the site's sign-in page and returns the response (a redirect on success).</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoPassword) =>
        client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public const string DemoPassword = "Demo-pass-2026!";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
