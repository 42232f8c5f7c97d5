using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.BackOffice.Tests.Payments;

/// <summary>
/// The BackOffice with the sandbox gateway returning to the Portal at http://localhost and the autopay and paperless
/// workers off (tests run their rounds), for the payments pages: deposits, autopay failures, refunds, bills.
/// </summary>
public sealed class PaymentsBackOfficeFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:PortalUrl"] = "http://localhost";
            settings["Payments:Autopay:Enabled"] = "false";
            settings["Payments:Paperless:Enabled"] = "false";
            return settings;
        }
    }

    /// <summary>A browser signed in as a new staff member of <paramref name="role"/>.</summary>
    public async Task<HttpClient> StaffBrowserAsync(string role)
    {
        var email = await Staff.CreateAsync(Services, role);
        var browser = CreateBrowser();
        using var signIn = await browser.SignInAsync(email, Staff.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>An active demo account with a meter and no deposit yet; <paramref name="skip"/> picks another one.</summary>
    public Task<(Guid Id, string Number)> AccountWithoutDepositAsync(int skip) => WithDbAsync(async db =>
    {
        var account = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Status == AccountStatus.Active && db.Meters.Any(m => m.PremiseId == a.PremiseId)
                        && !db.Set<DepositRequirement>().Any(d => d.ServiceAccountId == a.Id))
            .OrderByDescending(a => a.Number)
            .Skip(skip)
            .Select(a => new { a.Id, a.Number })
            .FirstAsync();
        return (account.Id, account.Number.Value);
    });
}
