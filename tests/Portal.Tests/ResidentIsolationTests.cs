using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Portal.Infrastructure;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

/// <summary>
/// Resident A cannot read or change resident B's account through any account-scoped page. The pages are found in the
/// app's endpoints (every route with an account number), so a page added later is covered without touching this test.
/// </summary>
public sealed class ResidentIsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ResidentB = "resident.b@example.com";

    [Fact]
    public async Task Every_account_scoped_page_answers_404_for_an_account_linked_to_someone_else()
    {
        var (ownNumber, otherNumber) = await ArrangeAsync();
        var routes = AccountScopedRoutes();
        routes.Count.ShouldBeGreaterThanOrEqualTo(2, "the dashboard and the contact page at least");
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var token = HtmlForms.AntiforgeryToken((await browser.GetPageAsync("/Accounts/Link")).Html);

        foreach (var route in routes)
        {
            var own = Url(route, ownNumber);
            (await browser.GetPageAsync(own)).Status.ShouldBe(HttpStatusCode.OK, $"{own} works for the account holder");

            foreach (var number in new[] { otherNumber, AccountNumber.FromSequence(999_999_990).Value, "not-a-number" })
            {
                var url = Url(route, number);
                var (status, html) = await browser.GetPageAsync(url);
                status.ShouldBe(HttpStatusCode.NotFound, $"GET {url}");
                Page.MainText(html).ShouldContain("Page not found");

                // A page that takes no posts refuses them (405) whoever's account it is, so that says nothing either.
                using var post = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Email"] = "takeover@example.com",
                }));
                post.StatusCode.ShouldBe(TakesPosts(route) ? HttpStatusCode.NotFound : HttpStatusCode.MethodNotAllowed, $"POST {url}");
            }
        }
    }

    [Fact]
    public async Task The_404_for_someone_elses_account_is_the_404_for_an_unknown_one()
    {
        var (_, otherNumber) = await ArrangeAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var foreign = await browser.GetPageAsync($"/Accounts/{otherNumber}");
        var unknown = await browser.GetPageAsync($"/Accounts/{AccountNumber.FromSequence(999_999_990).Value}");

        Page.MainHtml(foreign.Html).ShouldBe(Page.MainHtml(unknown.Html));
    }

    [Fact]
    public async Task A_contractor_cannot_open_resident_pages()
    {
        var browser = await factory.SignedInBrowserAsync("contractor@example.com");

        using var response = await browser.GetAsync("/Accounts");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        using var response = await factory.CreateBrowser().GetAsync("/Accounts/Link");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    private List<RouteEndpoint> AccountScopedRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == AccountRoute.Parameter))
            .ToList();

    private static bool TakesPosts(RouteEndpoint route) =>
        route.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()?.HandlerMethods.Any(h => h.HttpMethod == "Post") ?? true;

    private static string Url(RouteEndpoint route, string number)
    {
        var url = "/" + route.RoutePattern.RawText!.TrimStart('/').Replace("{" + AccountRoute.Parameter + "}", Uri.EscapeDataString(number), StringComparison.Ordinal);
        url.ShouldNotContain("{", customMessage: $"{route.RoutePattern.RawText} has a parameter this test cannot fill");
        return url;
    }

    /// <summary>Resident A is the demo resident; resident B holds one account of their own.</summary>
    private async Task<(string OwnNumber, string OtherNumber)> ArrangeAsync()
    {
        var linkedToA = await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail);
        if (!await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == ResidentB)))
        {
            var b = await factory.CreateUserAsync(ResidentB);
            await factory.LinkAnyAccountAsync(b.Id, linkedToA.Select(a => a.Id).ToList());
        }

        return (linkedToA[0].Number, (await factory.LinkedAccountsAsync(ResidentB))[0].Number);
    }
}
