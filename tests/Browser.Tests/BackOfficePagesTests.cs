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

    [Fact]
    public async Task A_supervisor_works_the_billing_pages_and_each_passes_axe()
    {
        await using var context = await fixture.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        const string who = "(supervisor)";

        await page.GotoAsync("/Account/Login");
        await SignInAsync(page, "supervisor@example.com");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Billing", Exact = true }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Billing");
        await page.ShouldBeAccessibleAsync($"backoffice billing {who}");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Rate schedules" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Rate schedules");
        await page.ShouldBeAccessibleAsync($"backoffice rate schedules {who}");
        await page.Locator("#rate-schedules").GetByRole(AriaRole.Link, new() { Name = "FY2026" }).First.ClickAsync();
        await Expect(heading).ToContainTextAsync("Rate schedule FY2026");
        await page.GetByText("Show the document exactly as it was loaded").ClickAsync();
        await page.ShouldBeAccessibleAsync($"backoffice rate schedule view {who}");
        await page.GotoAsync("/Billing/Schedules/Upload");
        await Expect(heading).ToHaveTextAsync("Upload a rate schedule");
        await page.ShouldBeAccessibleAsync($"backoffice rate schedule upload {who}");

        // Start cycles' runs until one has review exceptions; the run page follows the worker and reloads when it is done.
        for (var cycle = 1; cycle <= 20; cycle++)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            var day = new DateOnly(today.Year, today.Month, cycle);
            day = day > today ? day.AddMonths(-1) : day;
            await page.GotoAsync("/Billing/Runs");
            await Expect(heading).ToHaveTextAsync("Bill runs");
            if (cycle == 1)
            {
                await page.ShouldBeAccessibleAsync($"backoffice bill runs {who}");
            }

            await page.GetByLabel("Billing cycle").SelectOptionAsync(cycle.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Month").SelectOptionAsync(day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Year").FillAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the bill run" }).ClickAsync();
            await Expect(heading).ToContainTextAsync($"Bill run: cycle {cycle}");
            await Expect(page.Locator("#run-status")).ToHaveTextAsync("In review", new() { Timeout = 60_000 });
            if (await page.Locator("#count-open").InnerTextAsync() == "0")
            {
                continue;
            }

            await page.ShouldBeAccessibleAsync($"backoffice bill run {who}");
            await page.Locator("#exceptions-link").ClickAsync();
            await Expect(heading).ToContainTextAsync("Exceptions queue");
            await Expect(page.Locator("article.bill-exception").First).ToBeVisibleAsync();
            await page.Locator("article.bill-exception details summary").First.ClickAsync();
            await page.ShouldBeAccessibleAsync($"backoffice exceptions queue {who}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Resolve the selected exceptions" }).ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("Choose at least one exception to resolve.");
            await page.ShouldBeAccessibleAsync($"backoffice exceptions queue with errors {who}");
            return;
        }

        throw new InvalidOperationException("No cycle of the demo city raised a review exception.");
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
