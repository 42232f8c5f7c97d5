using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Browser.Tests;

/// <summary>
/// A resident's whole visit in a real browser, on a phone and on a desktop, in English and (switched through the
/// page's own language button) in Spanish; axe checks every page on the way, including a form showing its errors.
/// </summary>
public sealed class PortalPagesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [Theory]
    [InlineData("phone", "en")]
    [InlineData("phone", "es")]
    [InlineData("desktop", "en")]
    [InlineData("desktop", "es")]
    public async Task A_resident_signs_in_and_uses_every_page_and_each_passes_axe(string viewport, string language)
    {
        var spanish = language == "es";
        string T(string english, string translation) => spanish ? translation : english;
        await using var context = await fixture.NewContextAsync(Viewport.Named(viewport));
        var page = await context.NewPageAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = T("Main menu", "Menú principal") });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        string Where(string name) => $"portal {name} ({language}, {viewport})";

        await page.GotoAsync("/");
        if (spanish)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^es"));
        }

        await Expect(heading).ToHaveTextAsync(T("Your water account, online", "Su cuenta de agua, en línea"));
        await page.ShouldBeAccessibleAsync(Where("home"));

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Register", "Registrarse"), Exact = true }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Register", "Registrarse"));
        await page.ShouldBeAccessibleAsync(Where("register"));

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Sign in", "Iniciar sesión"), Exact = true }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Sign in", "Iniciar sesión"));
        await page.ShouldBeAccessibleAsync(Where("sign-in"));

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = T("Forgot your password?", "¿Olvidó su contraseña?") }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Forgot your password?", "¿Olvidó su contraseña?"));
        await page.ShouldBeAccessibleAsync(Where("forgot-password"));

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Sign in", "Iniciar sesión"), Exact = true }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Sign in", "Iniciar sesión"));
        await page.GetByLabel(T("E-mail address", "Correo electrónico")).FillAsync(PortalFixture.ResidentEmail);
        await page.GetByLabel(T("Password", "Contraseña"), new() { Exact = true }).FillAsync(HtmlForms.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = T("Sign in", "Iniciar sesión") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Accounts$"));
        await Expect(heading).ToHaveTextAsync(T("My accounts", "Mis cuentas"));

        var linked = await LinkedAccountNumbersAsync();
        linked.Count.ShouldBe(2, "the demo resident holds two accounts");
        var accountLinks = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 2 }).GetByRole(AriaRole.Link);
        await Expect(accountLinks).ToHaveCountAsync(linked.Count);
        await page.ShouldBeAccessibleAsync(Where("accounts"));

        foreach (var number in linked)
        {
            if (number != linked[0])
            {
                await menu.GetByRole(AriaRole.Link, new() { Name = T("My accounts", "Mis cuentas") }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/Accounts$"));
            }

            await page.GetByRole(AriaRole.Link, new() { Name = T($"Account {number}", $"Cuenta {number}") }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Accounts/{number}$"));
            await Expect(heading).ToHaveTextAsync(T($"Account {number}", $"Cuenta {number}"));
            await Expect(page.GetByTestId("balance")).ToHaveTextAsync(new Regex(@"\$"));
            // On a phone the activity rows are restyled as blocks; a screen reader must still get a table of cells.
            var activity = page.GetByRole(AriaRole.Table, new() { Name = T("Recent activity, newest first", "Movimientos recientes, los más nuevos primero") });
            await Expect(activity.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell)).ToHaveCountAsync(5);
            await page.ShouldBeAccessibleAsync(Where($"dashboard-{number}"));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = T("Update contact details", "Actualizar los datos de contacto") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Accounts/{linked[^1]}/Contact$"));
        await Expect(heading).ToHaveTextAsync(T("Contact details", "Datos de contacto"));
        await page.ShouldBeAccessibleAsync(Where("contact"));

        var mobile = page.GetByLabel(T("Mobile phone (optional)", "Teléfono móvil (opcional)"));
        await mobile.FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = T("Save contact details", "Guardar los datos de contacto") }).ClickAsync();
        var message = T("Enter a valid phone number, for example (305) 555-0123.", "Escriba un número de teléfono válido, por ejemplo (305) 555-0123.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        await Expect(page.Locator("label[for='Input_MobilePhone']")).ToContainTextAsync(message);
        await Expect(mobile).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(mobile).ToHaveValueAsync("12");
        await page.ShouldBeAccessibleAsync(Where("contact-with-errors"));

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Link an account", "Vincular una cuenta") }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Link an account", "Vincular una cuenta"));
        await page.ShouldBeAccessibleAsync(Where("link-account"));
    }

    [Theory]
    [InlineData("phone", "en")]
    [InlineData("phone", "es")]
    [InlineData("desktop", "en")]
    [InlineData("desktop", "es")]
    public async Task Anyone_estimates_a_bill_and_a_resident_reads_theirs_and_each_page_passes_axe(string viewport, string language)
    {
        var spanish = language == "es";
        string T(string english, string translation) => spanish ? translation : english;
        var number = await AccountWithBillsAsync();
        await using var context = await fixture.NewContextAsync(Viewport.Named(viewport));
        var page = await context.NewPageAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = T("Main menu", "Menú principal") });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        string Where(string name) => $"portal {name} ({language}, {viewport})";

        await page.GotoAsync("/");
        if (spanish)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^es"));
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Estimate my bill", "Calcular mi factura") }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T("Estimate my bill", "Calcular mi factura"));
        await page.ShouldBeAccessibleAsync(Where("calculator"));

        var gallons = page.GetByLabel(T("Water used in a month (gallons)", "Agua usada en un mes (galones)"));
        await gallons.FillAsync("-5");
        var estimate = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = T("Estimate my bill", "Calcular mi factura") });
        await estimate.ClickAsync();
        var message = T("Enter water gallons from 0 to 100,000,000.", "Escriba los galones de agua, de 0 a 100,000,000.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        await Expect(page.Locator("label[for='Input_WaterGallons']")).ToContainTextAsync(message);
        await Expect(gallons).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ShouldBeAccessibleAsync(Where("calculator-with-errors"));

        await gallons.FillAsync("7500");
        await estimate.ClickAsync();
        await Expect(page.GetByTestId("estimate-total")).ToHaveTextAsync("$124.68");
        await page.ShouldBeAccessibleAsync(Where("calculator-estimate"));

        await menu.GetByRole(AriaRole.Link, new() { Name = T("Sign in", "Iniciar sesión"), Exact = true }).ClickAsync();
        await page.GetByLabel(T("E-mail address", "Correo electrónico")).FillAsync(PortalFixture.ResidentEmail);
        await page.GetByLabel(T("Password", "Contraseña"), new() { Exact = true }).FillAsync(HtmlForms.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = T("Sign in", "Iniciar sesión") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = T($"Account {number}", $"Cuenta {number}") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = T("See the latest bill", "Ver la última factura") }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T($"Bill for account {number}", $"Factura de la cuenta {number}"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = T("Water use by month, in thousands of gallons", "Consumo de agua por mes, en miles de galones") }))
            .ToBeVisibleAsync();
        await Expect(page.GetByTestId("explanation")).ToContainTextAsync(T("You used 16,200 gallons", "Usó 16,200 galones"));
        await page.ShouldBeAccessibleAsync(Where("bill"));

        // On paper the menus and links go, the bill stays and fits the page's width.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(menu).ToBeHiddenAsync();
        await Expect(page.GetByTestId("charges")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GetByRole(AriaRole.Link, new() { Name = T("All bills of this account", "Todas las facturas de esta cuenta") }).ClickAsync();
        await Expect(heading).ToHaveTextAsync(T($"Bills of account {number}", $"Facturas de la cuenta {number}"));
        var bills = page.GetByRole(AriaRole.Table, new() { Name = T("Bills, newest first", "Facturas, las más nuevas primero") });
        await Expect(bills.GetByRole(AriaRole.Row)).ToHaveCountAsync(4, new() { Timeout = 20_000 });
        await page.ShouldBeAccessibleAsync(Where("bills"));
    }

    /// <summary>
    /// The demo resident's first account with three posted bills (September to November 2026, October estimated),
    /// priced by BillCalculator with the stored schedule as a bill run prices them; made once per database.
    /// </summary>
    private async Task<string> AccountWithBillsAsync()
    {
        var number = (await LinkedAccountNumbersAsync())[0];
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var accountId = await db.ServiceAccounts.Where(a => a.Number == AccountNumber.Parse(number)).Select(a => a.Id).SingleAsync();
        await Gate.WaitAsync();
        try
        {
            if (await db.Bills.AnyAsync(b => b.ServiceAccountId == accountId))
            {
                return number;
            }

            foreach (var (month, gallons) in new[] { (9, 10_000L), (10, 12_000L), (11, 16_200L) })
            {
                var period = new BillingPeriod(new DateOnly(2026, month - 1, 21), new DateOnly(2026, month, 20));
                var days = period.End.DayNumber - period.Start.DayNumber + 1;
                var schedule = await scope.ServiceProvider.GetRequiredService<RateScheduleCatalog>().RequireInEffectOnAsync(period.End);
                var facts = new BillingFacts(PremiseClass.Residential, "5/8", gallons, 0, true, 1, 0,
                    UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, days, days);
                var now = DateTimeOffset.UtcNow;
                var bill = new Bill(accountId, BillKind.Cycle, period, period, null, facts, schedule.Ref, BillCalculator.Price(schedule.Schedule, facts), [],
                    estimated: month == 10, null, now, "test");
                bill.Approve("test", now);
                db.Bills.Add(bill);
                db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, period.End.AddDays(2), 21, now, "test"));
            }

            await db.SaveChangesAsync();
            return number;
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<List<string>> LinkedAccountNumbersAsync() => fixture.Site.WithDbAsync(async db =>
    {
        var normalized = PortalFixture.ResidentEmail.ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        var numbers = await db.AccountLinks.Where(l => l.UserId == userId)
            .Join(db.ServiceAccounts, l => l.ServiceAccountId, a => a.Id, (l, a) => a.Number)
            .ToListAsync();
        return numbers.Select(n => n.Value).Order(StringComparer.Ordinal).ToList();
    });
}
