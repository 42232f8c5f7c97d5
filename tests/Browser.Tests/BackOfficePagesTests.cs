using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Browser.Tests;

/// <summary>
/// Staff work in a real browser: a specialist finds an account with the type-ahead, logs an interaction and opens the
/// contact form; an administrator opens the staff users. axe checks every page on the way.
/// </summary>
public sealed class BackOfficePagesTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_specialist_finds_an_account_logs_an_interaction_and_each_page_passes_axe(string viewport)
    {
        await using var context = await fixture.NewContextAsync(Viewport.Named(viewport));
        var page = await context.NewPageAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        string Where(string name) => $"backoffice {name} (specialist, {viewport})";
        var number = await AccountWithLedgerAsync();

        await page.GotoAsync("/Accounts");
        await Expect(heading).ToHaveTextAsync("Sign in");
        await page.ShouldBeAccessibleAsync(Where("sign-in"));
        await SignInAsync(page, BackOfficeFixture.SpecialistEmail);
        await Expect(page).ToHaveURLAsync(new Regex("/Accounts$"));
        await Expect(heading).ToHaveTextAsync("Find an account");
        await page.ShouldBeAccessibleAsync(Where("search"));

        await page.GetByLabel("Account number, name, service address, parcel id, phone or e-mail").PressSequentiallyAsync(number);
        var suggestion = page.Locator("#suggestions").GetByRole(AriaRole.Link, new() { Name = number });
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "suggestion" })).ToHaveTextAsync(new Regex(@"^\d+ suggestions?$"));
        await page.ShouldBeAccessibleAsync(Where("search-suggestions"));

        await suggestion.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Accounts/{number}$"));
        await Expect(heading).ToContainTextAsync($"Account {number}");
        await Expect(page.Locator("#ledger tbody tr").First).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync(Where("account"));

        var subject = $"Browser check {Guid.NewGuid().ToString("N")[..8]}";
        await page.GetByLabel("How the customer made contact").SelectOptionAsync(new SelectOptionValue { Label = "Phone" });
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Note").FillAsync("Asked when the next bill is due.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add interaction" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The interaction was added.");
        await Expect(page.Locator("#interaction-log li").First).ToContainTextAsync(subject);
        await page.ShouldBeAccessibleAsync(Where("account-after-interaction"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit contact details" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Accounts/{number}/Contact$"));
        await Expect(heading).ToContainTextAsync("Contact details");
        await page.ShouldBeAccessibleAsync(Where("contact-edit"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Two-factor sign-in");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code of the setup address shown below" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync(Where("two-factor"));
    }

    [Fact]
    public async Task An_administrator_sees_the_staff_users_and_the_two_factor_page_and_each_passes_axe()
    {
        await using var context = await fixture.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await page.GotoAsync("/Account/Login");
        await SignInAsync(page, BackOfficeFixture.AdministratorEmail);
        await Expect(heading).ToHaveTextAsync("Customer relations");
        await page.ShouldBeAccessibleAsync("backoffice home (admin)");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Users$"));
        await Expect(heading).ToHaveTextAsync("Staff users");
        await Expect(page.Locator("#staff-users")).ToContainTextAsync(BackOfficeFixture.SpecialistEmail);
        await page.ShouldBeAccessibleAsync("backoffice staff users (admin)");

        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Two-factor sign-in");
        await page.ShouldBeAccessibleAsync("backoffice two-factor (admin)");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(HtmlForms.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The first account, by number, that has ledger entries, so its page shows a ledger table.</summary>
    private Task<string> AccountWithLedgerAsync() => fixture.Site.WithDbAsync(async db =>
    {
        var accounts = await db.ServiceAccounts.AsNoTracking()
            .Where(a => db.JournalEntries.Any(e => e.ServiceAccountId == a.Id))
            .Select(a => a.Number)
            .ToListAsync();
        return accounts.Select(n => n.Value).Order(StringComparer.Ordinal).First();
    });
}
