using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed partial class LocalizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_language_switch_turns_the_site_spanish_and_comes_back_to_the_same_page()
    {
        var browser = factory.CreateBrowser();

        using var switched = await browser.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["language"] = "es",
            ["returnUrl"] = "/Account/Login",
        }, postUrl: "/Language");

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
        var (_, html) = await browser.GetPageAsync("/");
        html.ShouldContain("<html lang=\"es-US\">");
        var text = Page.MainText(html);
        text.ShouldContain("Su cuenta de agua, en línea");
        text.ShouldNotContain("Your water account, online");
        html.ShouldContain(">English</button>", customMessage: "the switch offers the way back");
    }

    [Fact]
    public async Task Domain_messages_reach_a_spanish_reader_in_spanish()
    {
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await browser.PostFormAsync("/Accounts/Link?culture=es-US", new Dictionary<string, string>
        {
            ["Input.AccountNumber"] = AccountNumber.FromSequence(999_999_990).Value,
            ["Input.ServiceZip"] = "33401",
            ["Input.LastAmount"] = "12.34",
        });

        Page.Errors(await response.Content.ReadAsStringAsync())
            .ShouldBe(["No pudimos relacionar esos datos con ninguna cuenta. Compárelos con su última factura."]);
    }

    [Fact]
    public async Task The_language_switch_only_returns_to_this_site()
    {
        using var response = await factory.CreateBrowser().PostFormAsync("/", new Dictionary<string, string>
        {
            ["language"] = "es",
            ["returnUrl"] = "https://evil.example.com/phish",
        }, postUrl: "/Language");

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    /// <summary>Every English text a page or page model asks for has its Spanish translation.</summary>
    [Fact]
    public void Every_text_the_portal_shows_has_a_spanish_translation()
    {
        var portal = Path.Combine(RepositoryRoot(), "src", "Portal");
        var spanish = XDocument.Load(Path.Combine(portal, "SharedResource.es.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(portal, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizedText().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct()
            .ToList();

        used.Count.ShouldBeGreaterThan(100);
        used.Where(key => !spanish.ContainsKey(key)).ShouldBeEmpty();
        spanish.Where(p => string.IsNullOrWhiteSpace(p.Value)).ShouldBeEmpty();
        spanish.ShouldContainKey(SmsConsent.Wording);
        spanish.ShouldContainKey(LinkServiceAccount.NoMatchMessage);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UtilityPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from a checkout of the repository.");
    }

    /// <summary>L["..."] in pages, l["..."] in page models, and the ErrorMessage/Name of data annotations.</summary>
    [GeneratedRegex(@"(?:\b[Ll]\[|ErrorMessage = |\[Display\(Name = )""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedText();
}
