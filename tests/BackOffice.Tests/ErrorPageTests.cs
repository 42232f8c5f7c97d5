using System.Net;

namespace UtilityPortal.BackOffice.Tests;

public sealed class ErrorPageTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task UnknownRouteGetsThe404Page()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/Nowhere/At/All");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var text = await response.TextAsync();
        text.ShouldContain("Page not found");
        text.ShouldContain("<a class=\"skip-link\" href=\"#main\">");
    }

    [Fact]
    public async Task LanguageSwitchShowsTheSignInPageInSpanish()
    {
        using var browser = factory.CreateBrowser();

        using var switched = await browser.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/Account/Login" }, "/Language");
        switched.Headers.Location!.OriginalString.ShouldBe("/Account/Login");
        using var page = await browser.GetAsync("/Account/Login");

        var text = await page.TextAsync();
        text.ShouldContain("<html lang=\"es\">");
        text.ShouldContain("<h1>Iniciar sesión</h1>");
        text.ShouldContain("Correo electrónico");
    }
}
