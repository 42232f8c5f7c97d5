using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.BackOffice.Tests;

public sealed class AccountPageTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    /// <summary>Money is shown in US dollars whatever the staff member's language.</summary>
    private static readonly System.Globalization.CultureInfo UnitedStates = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    private async Task<HttpClient> SignedInAsync(string email = Staff.SpecialistI)
    {
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(email)).Dispose();
        return browser;
    }

    [Fact]
    public async Task LedgerShowsARunningBalanceThatEndsAtTheBalance()
    {
        var account = await factory.WithContactAsync();
        using var browser = await SignedInAsync();

        using var response = await browser.GetAsync($"/Accounts/{account.Number}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var running = Html.TextsByClass(html, "running-balance");
        running.Count.ShouldBe(account.Entries);
        running[^1].ShouldBe(account.Balance.ToString(UnitedStates));
        Html.ElementText(html, "balance").ShouldBe(account.Balance.ToString(UnitedStates));
        var text = System.Net.WebUtility.HtmlDecode(html);
        text.ShouldContain(account.CustomerName);
        text.ShouldContain(account.ParcelId);
        text.ShouldContain("90+ days");
    }

    [Fact]
    public async Task UnknownAccountNumberShowsThe404Page()
    {
        using var browser = await SignedInAsync();

        using var validButUnknown = await browser.GetAsync($"/Accounts/{AccountNumber.FromSequence(999_999_998)}");
        using var malformed = await browser.GetAsync("/Accounts/12345");

        validButUnknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await validButUnknown.TextAsync()).ShouldContain("Page not found");
        malformed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task StaffAddAnInteractionThatAppearsInTheLog()
    {
        var account = await factory.WithContactAsync(skip: 1);
        using var browser = await SignedInAsync();
        var subject = "High bill question " + Guid.NewGuid().ToString("N")[..6];

        using var post = await browser.PostFormAsync($"/Accounts/{account.Number}", new Dictionary<string, string>
        {
            ["Input.Channel"] = nameof(InteractionChannel.Phone),
            ["Input.Subject"] = subject,
            ["Input.Note"] = "Customer asked why the bill doubled; explained the leak adjustment process.",
        }, $"/Accounts/{account.Number}?handler=Interaction");

        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var page = await browser.GetAsync(post.Headers.Location!.OriginalString);
        var log = Html.ElementText(await page.Content.ReadAsStringAsync(), "interaction-log");
        log.ShouldContain(subject);
        log.ShouldContain(Staff.SpecialistI);
    }

    [Fact]
    public async Task InvalidInteractionShowsMessagesAndSavesNothing()
    {
        var account = await factory.WithContactAsync(skip: 2);
        using var browser = await SignedInAsync();
        var before = await CountInteractionsAsync(account.Id);

        using var post = await browser.PostFormAsync($"/Accounts/{account.Number}", new Dictionary<string, string>
        {
            ["Input.Channel"] = string.Empty,
            ["Input.Subject"] = " ",
            ["Input.Note"] = string.Empty,
        }, $"/Accounts/{account.Number}?handler=Interaction");

        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await post.TextAsync();
        text.ShouldContain("Choose how the customer made contact.");
        text.ShouldContain("Enter a subject of up to 120 characters.");
        text.ShouldContain("Enter a note of up to 4,000 characters.");
        (await CountInteractionsAsync(account.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryTokenIsRejectedAndSavesNothing()
    {
        var account = await factory.WithContactAsync(skip: 3);
        using var browser = await SignedInAsync();
        var before = await CountInteractionsAsync(account.Id);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Channel"] = nameof(InteractionChannel.Counter),
            ["Input.Subject"] = "Forged",
            ["Input.Note"] = "Posted from another site.",
        });

        using var post = await browser.PostAsync($"/Accounts/{account.Number}?handler=Interaction", form);

        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountInteractionsAsync(account.Id)).ShouldBe(before);
    }

    private Task<int> CountInteractionsAsync(Guid accountId) =>
        factory.WithDbAsync(db => db.Interactions.CountAsync(i => i.ServiceAccountId == accountId));
}
