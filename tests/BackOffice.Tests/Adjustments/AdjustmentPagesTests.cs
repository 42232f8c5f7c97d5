using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.BackOffice.Tests.Payments;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests.Adjustments;

/// <summary>A specialist prepares a request on the page; they cannot approve it themselves, another person can, within limits.</summary>
public sealed class AdjustmentPagesTests(PaymentsBackOfficeFactory site) : IClassFixture<PaymentsBackOfficeFactory>
{
    [Fact]
    public async Task TheMakerIsRefusedOnThePageAndAnotherSpecialistApprovesAndPosts()
    {
        var maker = await site.StaffBrowserAsync(StaffRoles.SpecialistI);
        var checker = await site.StaffBrowserAsync(StaffRoles.SpecialistI);
        var account = await AccountAsync(0);

        var details = await CreateAsync(maker, account, "20.00");
        var page = await maker.GetStringAsync(details);
        page.ShouldContain("Nobody approves their own request; another person must approve it.");
        page.ShouldNotContain("id=\"approve\"");

        // Posting the approval anyway (a crafted request) is refused with the same words, and nothing changes.
        // The page offers the maker no form, so the token comes from another page of theirs (tokens are per user, not per page).
        using var forced = await maker.PostFormAsync(NewUrl(account), new Dictionary<string, string>(), $"{details}?handler=Approve");
        forced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await forced.Content.ReadAsStringAsync()).ShouldContain("Nobody approves their own request; another person must approve it.");
        (await StatusAsync(details)).ShouldBe(AdjustmentStatus.Pending);

        using var approved = await checker.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Approve");
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await checker.GetStringAsync(details);
        after.ShouldContain("The request was approved and posted to the account.");
        after.ShouldContain("<dd id=\"adjustment-status\">Posted</dd>");
        (await StatusAsync(details)).ShouldBe(AdjustmentStatus.Posted);
    }

    [Fact]
    public async Task AboveTheMakersLimitOnlyASupervisorApproves()
    {
        var maker = await site.StaffBrowserAsync(StaffRoles.SpecialistI);
        var specialist = await site.StaffBrowserAsync(StaffRoles.SpecialistIII);
        var supervisor = await site.StaffBrowserAsync(StaffRoles.Supervisor);
        var account = await AccountAsync(1);

        var details = await CreateAsync(maker, account, "60.00");

        (await specialist.GetStringAsync(details)).ShouldContain("$60.00 is above the maker&#x27;s limit of $50.00; a Supervisor must approve it.");
        using var refused = await specialist.PostFormAsync(NewUrl(account), new Dictionary<string, string>(), $"{details}?handler=Approve");
        (await StatusAsync(details)).ShouldBe(AdjustmentStatus.Pending);
        using var approved = await supervisor.PostFormAsync(details, new Dictionary<string, string>(), $"{details}?handler=Approve");
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(details)).ShouldBe(AdjustmentStatus.Posted);
    }

    [Fact]
    public async Task BadInputIsShownNextToItsFieldAndSavesNothing()
    {
        var maker = await site.StaffBrowserAsync(StaffRoles.SpecialistII);
        var account = await AccountAsync(2);
        var url = $"/Adjustments/New?account={account}";

        using var noBill = await maker.PostFormAsync(url, Fields("MeterError", "15.00"));
        var html = await noBill.Content.ReadAsStringAsync();
        noBill.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("A meter error adjustment concerns a bill; choose the bill.");
        using var tooMuch = await maker.PostFormAsync(url, Fields("Courtesy", "10000.01"));
        (await tooMuch.Content.ReadAsStringAsync()).ShouldContain("Enter an amount from $0.01 to $10,000.00, in whole cents.");
        (await site.WithDbAsync(db => db.AdjustmentRequests.CountAsync(r => db.ServiceAccounts.Any(a => a.Id == r.ServiceAccountId && a.Number == AccountNumber.Parse(account))))).ShouldBe(0);
    }

    [Fact]
    public async Task TheQueueListsRequestsAndTheAccountPageLinksToThem()
    {
        var maker = await site.StaffBrowserAsync(StaffRoles.SpecialistII);
        var account = await AccountAsync(3);
        await CreateAsync(maker, account, "7.50");

        var list = await maker.GetStringAsync($"/Adjustments?account={account}&status=Pending");

        list.ShouldContain("<td>Courtesy</td>");
        list.ShouldContain("Credit $7.50");
        (await maker.GetStringAsync($"/Accounts/{account}")).ShouldContain($"href=\"/Adjustments/New?account={account}\"");
    }

    private static string NewUrl(string account) => $"/Adjustments/New?account={account}";

    private static Dictionary<string, string> Fields(string reason, string amount) => new()
    {
        ["Input.Reason"] = reason,
        ["Input.Basis"] = "Amount",
        ["Input.Direction"] = "Credit",
        ["Input.Amount"] = amount,
        ["Input.Notes"] = "Customer service gesture",
    };

    private static async Task<string> CreateAsync(HttpClient browser, string account, string amount)
    {
        using var created = await browser.PostFormAsync($"/Adjustments/New?account={account}", Fields("Courtesy", amount));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return created.Headers.Location!.OriginalString;
    }

    private Task<AdjustmentStatus> StatusAsync(string detailsUrl)
    {
        var id = Guid.Parse(detailsUrl.Split('/')[^1]);
        return site.WithDbAsync(db => db.AdjustmentRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
    }

    private Task<string> AccountAsync(int skip) => site.WithDbAsync(async db =>
        (await db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active).OrderBy(a => a.Number).Skip(40 + skip).Select(a => a.Number).FirstAsync()).Value);
}
