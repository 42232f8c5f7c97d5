using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests;

public sealed partial class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task My_accounts_lists_every_linked_account()
    {
        var linked = await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync("/Accounts");

        status.ShouldBe(HttpStatusCode.OK);
        linked.Count.ShouldBe(2, "the demo resident holds a home and a rental");
        foreach (var (_, number) in linked)
        {
            html.ShouldContain($"href=\"/Accounts/{number}\"");
        }
    }

    [Fact]
    public async Task The_dashboard_shows_the_balance_as_the_sum_of_the_ledger()
    {
        var (accountId, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var now = DateTimeOffset.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            db.JournalEntries.Add(JournalEntry.Charge(accountId, Money.Of(12.34m), "test-" + Guid.NewGuid(), DateOnly.FromDateTime(now.UtcDateTime), now,
                "test", "Test charge for the dashboard"));
            return await db.SaveChangesAsync();
        });
        var amounts = await factory.WithDbAsync(db => db.JournalEntries.Where(e => e.ServiceAccountId == accountId).Select(e => e.Amount).ToListAsync());
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Accounts/{number}");

        status.ShouldBe(HttpStatusCode.OK);
        Balance(html).ShouldBe(amounts.Sum().Amount.ToString("C", English));
        var text = Page.MainText(html);
        text.ShouldContain($"Account {number}");
        text.ShouldContain("Test charge for the dashboard");
        text.ShouldContain("Due date");
        text.ShouldContain("Deposit held");
        text.ShouldContain("90 days or more");
    }

    private static string Balance(string html) => Page.Text(BalancePattern().Match(html).Groups[1].Value);

    [GeneratedRegex(@"data-testid=""balance"">(.*?)</dd>", RegexOptions.Singleline)]
    private static partial Regex BalancePattern();
}
