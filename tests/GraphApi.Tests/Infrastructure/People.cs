using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.TestSupport;

namespace UtilityPortal.GraphApi.Tests.Infrastructure;

/// <summary>Signs people in through the site's own sign-in page, and creates the residents a test needs.</summary>
public static class People
{
    public const string DemoResident = "resident@example.com";
    public const string DemoSpecialist = "specialist1@example.com";

    public static async Task<HttpClient> SignedInAsync(this IApiSite site, string email)
    {
        var browser = site.CreateBrowser();
        using var response = await browser.SignInAsync(email);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in {email} failed");
        return browser;
    }

    /// <summary>A confirmed resident linked to the given accounts (by number).</summary>
    public static async Task<string> CreateResidentAsync(this IApiSite site, string email, IEnumerable<string> accountNumbers)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var user = new UtilityUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, Kind = UserKind.Resident };
        (await users.CreateAsync(user, HtmlForms.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, PublicRoles.Resident)).Succeeded.ShouldBeTrue();

        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var numbers = accountNumbers.Select(n => AccountNumber.Parse(n)).ToList();
        var ids = await db.ServiceAccounts.Where(a => numbers.Contains(a.Number)).Select(a => a.Id).ToListAsync();
        ids.Count.ShouldBe(numbers.Count);
        var at = DateTimeOffset.UtcNow;
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            db.AccountLinks.Add(new AccountLink(user.Id, id, at.AddSeconds(i)));
        }

        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>Every account number, in a stable order.</summary>
    public static async Task<IReadOnlyList<string>> AccountNumbersAsync(this IApiSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var numbers = await db.ServiceAccounts.AsNoTracking().Select(a => a.Number).ToListAsync();
        return [.. numbers.Select(n => n.Value).Order(StringComparer.Ordinal)];
    }

    /// <summary>The account numbers linked to a user, by e-mail.</summary>
    public static async Task<IReadOnlyList<string>> LinkedAccountNumbersAsync(this IApiSite site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var ids = await db.AccountLinks.Where(l => l.UserId == userId).Select(l => l.ServiceAccountId).ToListAsync();
        var numbers = await db.ServiceAccounts.Where(a => ids.Contains(a.Id)).Select(a => a.Number).ToListAsync();
        return [.. numbers.Select(n => n.Value).Order(StringComparer.Ordinal)];
    }
}
