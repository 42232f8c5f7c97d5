using System.Net;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests;

/// <summary>
/// An address naming a record that is not there is the 404 page, never an error page (the account-scoped pages are
/// covered, for other people's accounts too, by <see cref="ResidentIsolationTests"/>).
/// </summary>
public sealed class UnknownRecordsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Nothing = "00000000-0000-0000-0000-0000000000aa";

    [Theory]
    [InlineData($"/Agreements/{Nothing}")]
    [InlineData($"/Agreements/{Nothing}/Print")]
    [InlineData($"/Adjustments/{Nothing}")]
    [InlineData($"/Adjustments/Files/{Nothing}")]
    [InlineData($"/Pay/Sandbox/{Nothing}")]
    [InlineData($"/Pay/Sandbox/Setup/{Nothing}")]
    [InlineData("/Payments/Receipt/R-NOPE")]
    [InlineData("/Requests/SR-NOPE")]
    public async Task IsNotFound(string address)
    {
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync(address);

        status.ShouldBe(HttpStatusCode.NotFound, address);
        Page.MainText(html).ShouldContain("Page not found");
    }
}
