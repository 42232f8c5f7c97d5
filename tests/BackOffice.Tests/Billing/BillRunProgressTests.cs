using System.Net;
using System.Text.Json;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>The BackOffice with its bill run worker off, so a started run stays queued for as long as the test looks at it.</summary>
public sealed class IdleWorkerFactory : BackOfficeFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Billing:Worker:Enabled"] = "false";
            return settings;
        }
    }
}

/// <summary>While a run waits for its worker the run page shows its progress and refreshes itself, with or without JavaScript.</summary>
public sealed class BillRunProgressTests(IdleWorkerFactory factory) : IClassFixture<IdleWorkerFactory>
{
    [Fact]
    public async Task AQueuedRunShowsItsProgress_RefreshesWithoutJavaScript_AndAnswersTheProgressPoll()
    {
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        var day = BillingSite.LatestReadDay(2);

        var run = await browser.StartRunAsync(2, day.Year, day.Month);
        var again = await browser.StartRunAsync(2, day.Year, day.Month);
        var html = await (await browser.GetAsync(run)).TextAsync();
        using var poll = await browser.GetAsync(run + "?handler=Progress");

        again.ShouldBe(run);
        Html.ElementText(html, "run-status").ShouldBe("Queued");
        html.ShouldContain("<progress id=\"run-progress\" class=\"run-progress\" max=\"100\" value=\"0\">");
        html.ShouldContain("<noscript><meta http-equiv=\"refresh\" content=\"3\" /></noscript>");
        html.ShouldContain("?handler=Progress");
        html.ShouldContain($"href=\"/Billing/Reports/Register?runId={BillingSite.RunIdOf(run)}\"");
        html.ShouldContain("already has a bill run for");
        html.ShouldNotContain("id=\"approve-button\"");
        poll.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await poll.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe(nameof(BillRunStatus.Queued));
        json.RootElement.GetProperty("percent").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("inProgress").GetBoolean().ShouldBeTrue();
        var list = await (await browser.GetAsync("/Billing/Runs")).TextAsync();
        list.ShouldContain($"data-run=\"{BillingSite.RunIdOf(run)}\"");
    }

    [Fact]
    public async Task APeriodNotYetReadCannotBeStarted_AndAnUnknownRunIsNotFound()
    {
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        var future = BillingSite.LatestReadDay(3).AddMonths(2);

        using var response = await browser.PostFormAsync("/Billing/Runs", new Dictionary<string, string>
        {
            ["Input.Cycle"] = "3",
            ["Input.Year"] = future.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Month"] = future.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var badCycle = await browser.PostFormAsync("/Billing/Runs", new Dictionary<string, string> { ["Input.Cycle"] = "31", ["Input.Year"] = "2026", ["Input.Month"] = "1" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await response.TextAsync(), "error-summary").Single().ShouldContain("its period cannot be billed before then.");
        Html.TextsByClass(await badCycle.TextAsync(), "error-summary").Single().ShouldContain("Choose a billing cycle from 1 to 20.");
        (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.BillRuns, r => r.Cycle == 3))).ShouldBe(0);
        (await browser.GetAsync($"/Billing/Runs/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/Billing/Runs/{Guid.NewGuid()}/Exceptions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
