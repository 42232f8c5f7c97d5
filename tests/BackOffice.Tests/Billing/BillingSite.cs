using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>The BackOffice with its bill run worker polling often, so a run started from a page is calculated in moments.</summary>
public sealed class BillingFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Billing:Worker:PollInterval"] = "00:00:00.100";
            return settings;
        }
    }
}

/// <summary>What the billing page tests do as a staff member does it: sign in, start runs, wait for the worker, read the pages.</summary>
public static partial class BillingSite
{
    public static async Task<HttpClient> SignedInAsync(this BillingFactory factory, string email, string password = HtmlForms.DemoPassword)
    {
        var browser = factory.CreateBrowser();
        using var response = await browser.SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in {email} failed");
        return browser;
    }

    /// <summary>Starts the run of a cycle for the month through the runs page and returns the run page's address.</summary>
    public static async Task<string> StartRunAsync(this HttpClient browser, int cycle, int year, int month)
    {
        using var response = await browser.PostFormAsync("/Billing/Runs", new Dictionary<string, string>
        {
            ["Input.Cycle"] = cycle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Month"] = month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith("/Billing/Runs/");
        return location;
    }

    public static Guid RunIdOf(string runUrl) => Guid.Parse(runUrl["/Billing/Runs/".Length..]);

    /// <summary>Waits (bounded) until the background worker has moved the run to <paramref name="status"/>.</summary>
    public static async Task WaitForAsync(this BillingFactory factory, Guid runId, BillRunStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        BillRunStatus? seen = null;
        while (DateTime.UtcNow < deadline)
        {
            seen = await factory.WithDbAsync(db => db.BillRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => (BillRunStatus?)r.Status).SingleAsync());
            if (seen == status)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Run {runId} stayed {seen}, never reached {status}.");
    }

    /// <summary>Every exception card of a queue page: its id, kind and status, as the page marks them.</summary>
    public static IReadOnlyList<(Guid Id, BillExceptionKind Kind, BillExceptionStatus Status)> Cards(string html) =>
        CardPattern().Matches(html)
            .Select(m => (Guid.Parse(m.Groups[1].Value), Enum.Parse<BillExceptionKind>(m.Groups[2].Value), Enum.Parse<BillExceptionStatus>(m.Groups[3].Value)))
            .ToList();

    [GeneratedRegex("<article class=\"bill-exception\" data-exception=\"([0-9a-f-]+)\" data-kind=\"(\\w+)\" data-status=\"(\\w+)\"")]
    private static partial Regex CardPattern();
}
