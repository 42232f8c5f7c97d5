using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests;

public sealed class ErrorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/Accounts/Link/extra/segments")]
    [InlineData("/Error/404")]
    public async Task An_unknown_address_gets_the_page_not_found_page(string url)
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync(url);

        status.ShouldBe(HttpStatusCode.NotFound);
        Page.MainText(html).ShouldContain("Page not found");
        html.ShouldContain("<a class=\"skip-link\" href=\"#main\">", customMessage: "the error page has the site's layout");
    }

    [Fact]
    public async Task The_development_mail_page_lists_the_pickup_folder()
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync("/Dev/Mail");

        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain(factory.MailFolder);
    }
}

/// <summary>The Portal as it runs in production: friendly error pages, no developer pages.</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    public const string FailingPath = "/test-only/failure";

    protected override string EnvironmentName => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // A request nothing else answers reaches the end of the pipeline; here it throws, as a bug would.
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FailingEndpoint()));
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("Secret internals: connection string and stack trace.")
                : rest(context));
        };
    }
}

public sealed class ProductionErrorPageTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task An_exception_shows_the_friendly_error_page_without_a_stack_trace()
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync(ProductionPortalFactory.FailingPath);

        status.ShouldBe(HttpStatusCode.InternalServerError);
        Page.MainText(html).ShouldContain("Sorry, something went wrong");
        html.ShouldNotContain("Secret internals");
        html.ShouldNotContain("InvalidOperationException");
        Regex.IsMatch(html, @"\bat [A-Z][\w.]+\.[\w<>]+\(").ShouldBeFalse("no stack trace");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_page_not_found_page_in_production_too()
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync("/no/such/page");

        status.ShouldBe(HttpStatusCode.NotFound);
        Page.MainText(html).ShouldContain("Page not found");
    }

    [Fact]
    public async Task The_development_mail_page_does_not_exist_outside_development()
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync("/Dev/Mail");

        status.ShouldBe(HttpStatusCode.NotFound);
        Page.MainText(html).ShouldContain("Page not found");
    }
}
