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

    /// <summary>Posts fields that may repeat (several checked boxes), with the antiforgery token of the page at <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(this HttpClient browser, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await (await browser.GetAsync(pageUrl)).Content.ReadAsStringAsync();
        var body = fields.Append(new("__RequestVerificationToken", HtmlForms.AntiforgeryToken(page))).ToList();
        using var content = new FormUrlEncodedContent(body);
        return await browser.PostAsync(postUrl ?? pageUrl, content);
    }

    /// <summary>The month whose read day last passed for a cycle: the demo city's latest reads (cycle c is read on day c).</summary>
    public static DateOnly LatestReadDay(int cycle)
    {
        var utc = DateOnly.FromDateTime(DateTime.UtcNow);
        var florida = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);
        var today = utc < florida ? utc : florida;
        var day = new DateOnly(today.Year, today.Month, cycle);
        return day > today ? day.AddMonths(-1) : day;
    }

    /// <summary>Starts every cycle's latest month from the runs page and waits until the worker has calculated each; returns the run pages.</summary>
    public static async Task<IReadOnlyList<string>> RunEveryCycleAsync(this BillingFactory factory, HttpClient browser)
    {
        var runs = new List<string>();
        for (var cycle = 1; cycle <= 20; cycle++)
        {
            var day = LatestReadDay(cycle);
            runs.Add(await browser.StartRunAsync(cycle, day.Year, day.Month));
        }

        foreach (var run in runs)
        {
            await factory.WaitForAsync(RunIdOf(run), BillRunStatus.Review, BillRunStatus.Approved, BillRunStatus.Posting, BillRunStatus.Posted);
        }

        return runs;
    }

    public static Guid RunIdOf(string runUrl) => Guid.Parse(runUrl["/Billing/Runs/".Length..]);

    /// <summary>Waits (bounded) until the background worker has moved the run to one of <paramref name="statuses"/>.</summary>
    public static async Task WaitForAsync(this BillingFactory factory, Guid runId, params BillRunStatus[] statuses)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        BillRunStatus? seen = null;
        while (DateTime.UtcNow < deadline)
        {
            seen = await factory.WithDbAsync(db => db.BillRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => (BillRunStatus?)r.Status).SingleAsync());
            if (seen is { } now && statuses.Contains(now))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Run {runId} stayed {seen}, never reached {string.Join(" or ", statuses)}.");
    }

    /// <summary>Every exception card of a queue page: its id, kind and status, as the page marks them.</summary>
    public static IReadOnlyList<(Guid Id, BillExceptionKind Kind, BillExceptionStatus Status)> Cards(string html) =>
        CardPattern().Matches(html)
            .Select(m => (Guid.Parse(m.Groups[1].Value), Enum.Parse<BillExceptionKind>(m.Groups[2].Value), Enum.Parse<BillExceptionStatus>(m.Groups[3].Value)))
            .ToList();

    [GeneratedRegex("<article class=\"bill-exception\" data-exception=\"([0-9a-f-]+)\" data-kind=\"(\\w+)\" data-status=\"(\\w+)\"")]
    private static partial Regex CardPattern();
}
