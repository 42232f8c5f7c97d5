using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Contractors;

/// <summary>The public fee calculator and a contractor's estimate pages: request, availability, follow, accept, fees due.</summary>
public sealed partial class ContractorEstimatePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Contractor = "contractor@example.com";

    private static readonly Actor SpecialistTwo = new("staff-2", "Marcus Bell", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistII });

    internal static Dictionary<string, string> NewParcel(string parcel) => new()
    {
        ["Input.ParcelId"] = parcel,
        ["Input.Line1"] = "77 Osprey Drive",
        ["Input.City"] = "Palm Harbor City",
        ["Input.Zip"] = "33412",
        ["Input.MeterSize"] = "1",
        ["Input.Services[0]"] = "Water",
        ["Input.Services[1]"] = "Sewer",
        ["Input.UseClass"] = "Commercial",
        ["Input.AverageDailyGallons"] = "1000",
        ["Input.InsideCity"] = "true",
    };

    [Fact]
    public async Task Anyone_prices_a_connection_with_the_fee_calculator()
    {
        var browser = factory.CreateBrowser();
        var (status, _) = await browser.GetPageAsync("/Contractors/FeeCalculator");
        status.ShouldBe(HttpStatusCode.OK);

        using var response = await browser.PostFormAsync("/Contractors/FeeCalculator", new Dictionary<string, string>
        {
            ["Input.CustomerClass"] = "Commercial",
            ["Input.MeterSize"] = "3",
            ["Input.Sewer"] = "true",
            ["Input.InsideCity"] = "false",
        });
        var html = await response.Content.ReadAsStringAsync();

        Page.Errors(html).ShouldBeEmpty();
        Amounts(html).ShouldBe(["$35,000.00", "$42,500.00", "$0.00", "$2,800.00"]);
        Page.MainText(html).ShouldContain("Meter installation: installed by contractor");
        Total(html).ShouldBe("$80,300.00");
    }

    [Fact]
    public async Task The_fee_calculator_refuses_a_size_without_a_deposit_next_to_the_field()
    {
        using var response = await factory.CreateBrowser().PostFormAsync("/Contractors/FeeCalculator", new Dictionary<string, string>
        {
            ["Input.CustomerClass"] = "Residential",
            ["Input.MeterSize"] = "6",
            ["Input.InsideCity"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();

        Page.Errors(html).ShouldBe(["Rate schedule FY2026 sets no deposit for residential service with a 6\" meter."]);
        html.ShouldNotContain("data-testid=\"fee-estimate\"");
    }

    [Fact]
    public async Task A_contractor_checks_availability_requests_follows_and_accepts_an_estimate()
    {
        var browser = await factory.SignedInBrowserAsync(Contractor);

        using (var check = await browser.PostFormAsync("/Contractors/Request", NewParcel("00-4102-010-0030"), postUrl: "/Contractors/Request?handler=Check"))
        {
            Page.MainText(await check.Content.ReadAsStringAsync()).ShouldContain("Parcel 00-4102-010-0030 is in our service area (Unincorporated franchise area, section 4102).");
        }

        using var posted = await browser.PostFormAsync("/Contractors/Request", NewParcel("01-4103-500-0010"));
        var (_, requested) = await browser.FollowAsync(posted);
        Page.MainText(requested).ShouldContain("Requested");
        Page.MainText(requested).ShouldContain("Our staff are preparing your estimate.");
        var id = Guid.Parse(posted.Headers.Location!.OriginalString.Split("id=")[1]);

        await RunAsync<StartEstimateReview>(u => u.HandleAsync(SpecialistTwo, id));
        await RunAsync<IssueEstimate>(u => u.HandleAsync(SpecialistTwo, id));

        var (_, issued) = await browser.GetPageAsync($"/Contractors/Estimate?id={id}");
        Amounts(issued).ShouldBe(["$5,005.00", "$6,077.50", "$450.00", "$500.00"]);
        Page.MainText(issued).ShouldContain("Valid until");
        var (_, home) = await browser.GetPageAsync("/Contractors");
        Page.MainText(home).ShouldContain("Issued");

        using var accept = await browser.PostFormAsync($"/Contractors/Estimate?id={id}", new Dictionary<string, string>(), postUrl: $"/Contractors/Estimate?id={id}&handler=Accept");
        var (_, accepted) = await browser.FollowAsync(accept);
        Page.MainText(accepted).ShouldContain("You accepted the estimate.");
        Page.MainText(accepted).ShouldContain("Fees due: $11,532.50");
        accepted.ShouldContain("handler=Pay");
    }

    [Fact]
    public async Task A_parcel_outside_the_service_area_is_refused_next_to_its_field_and_nothing_is_saved()
    {
        var browser = await factory.SignedInBrowserAsync(Contractor);
        var before = await factory.WithDbAsync(db => db.ContractorEstimates.CountAsync());

        using var response = await browser.PostFormAsync("/Contractors/Request", NewParcel("00-4150-001-0010"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.Errors(html).Single().ShouldStartWith("Parcel 00-4150-001-0010 lies outside the utility's service area");
        html.ShouldContain("href=\"#Input_ParcelId\"");
        (await factory.WithDbAsync(db => db.ContractorEstimates.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_resident_cannot_open_the_contractor_pages()
    {
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await browser.GetAsync("/Contractors/Request");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    private async Task RunAsync<TUseCase>(Func<TUseCase, Task<ContractorEstimate>> work)
        where TUseCase : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private static List<string> Amounts(string html) => [.. AmountCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim()))];

    private static string Total(string html) => WebUtility.HtmlDecode(TotalCell().Match(html).Groups[1].Value.Trim());

    [GeneratedRegex(@"data-testid=""estimate-amount"">([^<]*)<")]
    private static partial Regex AmountCell();

    [GeneratedRegex(@"data-testid=""estimate-total"">([^<]*)<")]
    private static partial Regex TotalCell();
}
