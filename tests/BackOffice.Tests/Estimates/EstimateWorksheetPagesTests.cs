using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests.Estimates;

/// <summary>Staff work a contractor's estimate through the pages: queue, review, extra line, issue, print, revise, convert, print the agreement in Spanish.</summary>
public sealed class EstimateWorksheetPagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string SpecialistTwo = "specialist2@example.com";

    [Fact]
    public async Task AnEstimateGoesFromTheQueueThroughTheWorksheetToAPrintedAgreement()
    {
        var estimate = await RequestAsync("01-4103-600-0010");
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(SpecialistTwo)).Dispose();
        var page = $"/Estimates/{estimate.Id}";

        var queue = await (await browser.GetAsync("/Estimates")).TextAsync();
        queue.ShouldContain(estimate.Reference);

        (await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Start")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var noReason = await browser.PostFormAsync(page, new Dictionary<string, string> { ["Input.Description"] = "Road cut", ["Input.Amount"] = "1200" }, page + "?handler=AddLine");
        var refused = await noReason.TextAsync();
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.ShouldContain("Give the reason for the line (up to 300 characters).");
        (await factory.WithDbAsync(db => db.Set<EstimateExtraLine>().CountAsync())).ShouldBe(0);

        (await browser.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Description"] = "Road cut",
            ["Input.Amount"] = "1200",
            ["Input.Reason"] = "Crosses the county road",
        }, page + "?handler=AddLine")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var worksheet = await (await browser.GetAsync(page)).TextAsync();
        Html.ElementText(worksheet, "estimate-status").ShouldBe("In review");
        worksheet.ShouldContain("Crosses the county road");
        Html.ElementText(worksheet, "worksheet-total").ShouldBe("$7,537.50");

        (await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Issue")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = await (await browser.GetAsync(page + "/Print?version=1&lang=en")).TextAsync();
        english.ShouldContain("Estimate for new service");
        english.ShouldContain("Water capital facility charge");
        Html.ElementText(english, "print-total").ShouldBe("$7,537.50");

        (await browser.PostFormAsync(page, new Dictionary<string, string> { ["Reason"] = "Owner wants sewer later" }, page + "?handler=Revise")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Issue")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reissued = await (await browser.GetAsync(page)).TextAsync();
        reissued.ShouldContain("revised: Owner wants sewer later");
        reissued.ShouldContain("Version 2");

        await RunAsync<AcceptEstimate>(async (u, contractor) => (await u.HandleAsync(contractor, estimate.Id)).Estimate);
        (await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Convert")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var spanish = await (await browser.GetAsync(page + "/Print?agreement=true&lang=es")).TextAsync();
        spanish.ShouldContain("Acuerdo de servicio de agua");
        spanish.ShouldContain("Cargo por instalaciones de capital de agua");
        Html.ElementText(spanish, "agreement-number").ShouldBe("WSA-" + estimate.Reference[4..]);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == estimate.Id.ToString()))).ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task ASpecialistOneCannotIssue()
    {
        var estimate = await RequestAsync("01-4103-600-0020");
        await RunAsync<StartEstimateReview>((u, _) => u.HandleAsync(new Actor("s2", "Marcus Bell", true, new HashSet<string> { StaffRoles.SpecialistII }), estimate.Id));
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        var page = $"/Estimates/{estimate.Id}";

        using var response = await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Issue");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }

        (await factory.WithDbAsync(db => db.ContractorEstimates.SingleAsync(e => e.Id == estimate.Id))).Status.ShouldBe(EstimateStatus.InReview);
    }

    private Task<ContractorEstimate> RequestAsync(string parcel) => RunAsync<RequestEstimate>((u, contractor) => u.HandleAsync(contractor,
        new RequestEstimateInput(parcel, new AddressInput { Line1 = "5 Ibis Way", City = "Palm Harbor City", State = "FL", Zip = "33415" }, "3/4",
            RequestedServices.Water | RequestedServices.Sewer, PremiseClass.Residential, null, true, null)));

    private async Task<ContractorEstimate> RunAsync<TUseCase>(Func<TUseCase, Actor, Task<ContractorEstimate>> work)
        where TUseCase : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var id = await db.Users.Where(u => u.Email == "contractor@example.com").Select(u => u.Id).SingleAsync();
        var contractor = new Actor(id, "contractor@example.com", false, new HashSet<string> { PublicRoles.Contractor });
        return await work(scope.ServiceProvider.GetRequiredService<TUseCase>(), contractor);
    }
}
