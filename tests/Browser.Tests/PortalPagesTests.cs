using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Browser.Tests;

/// <summary>
/// A resident's whole visit in a real browser, on a phone and on a desktop, in English and (switched through the
/// page's own language button) in Spanish; axe checks every page on the way, including a form showing its errors.
/// </summary>
public sealed class PortalPagesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
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
