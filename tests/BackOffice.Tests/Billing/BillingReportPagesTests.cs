using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>
/// The billing reports as staff use them: on screen with filters and as CSV from the same query. The demo city has no
/// bills, so every bill here is one a test made through the use cases (a run's drafts, or final bills issued).
/// </summary>
public sealed class BillingReportPagesTests(AccountBillingFactory factory) : IClassFixture<AccountBillingFactory>
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);

    [Fact]
    public async Task TheRegister_ListsEveryBillOfTheRun_AndItsCsvQuotesAndGuardsTheText()
    {
        var evil = await factory.AddAccountAsync(cycle: 3, customerName: "=HYPERLINK(\"http://evil.example\",\"Pay here\"), Ltd",
            reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        await factory.AddAccountAsync(cycle: 3, reads: [(October3, 20_000, null), (November3, 26_000, null)]);
        var runId = await CalculateRunAsync(3);
        var bills = await factory.WithDbAsync(db => db.Bills.CountAsync(b => b.BillRunId == runId));
        var evilBill = (await factory.BillsOfAsync(evil.Id)).ShouldHaveSingleItem();
        using var browser = await factory.SignedInAsync();

        using var runs = await browser.GetAsync("/Billing/Reports/Register");
        using var page = await browser.GetAsync($"/Billing/Reports/Register?runId={runId}");
        using var csv = await browser.GetAsync($"/Billing/Reports/Register?handler=Csv&runId={runId}");
        (await browser.PostFormAsync("/Language", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" })).Dispose();
        using var spanishCsv = await browser.GetAsync($"/Billing/Reports/Register?handler=Csv&runId={runId}");

        (await runs.Content.ReadAsStringAsync()).ShouldContain($"/Billing/Reports/Register?runId={runId}");
        var html = await page.Content.ReadAsStringAsync();
        Html.ElementText(html, "register-bills").ShouldBe(bills.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        Html.ElementText(html, "register").ShouldContain("=HYPERLINK(\"http://evil.example\",\"Pay here\"), Ltd");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        csv.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("billing-register-cycle-03-2026-11-03.csv");
        var lines = await LinesAsync(csv);
        lines[0].ShouldBe("Account,Customer,Kind,Status,Water gallons,Reuse gallons,Water,Sewer,Stormwater,Refuse,Reuse,Total");
        lines.Count.ShouldBe(bills + 1);
        lines.ShouldContain($"{evil.Number},\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Pay here\"\"), Ltd\",Cycle,{evilBill.Status},7500,0,37.08,56.10,6.90,24.60,0.00,124.68");
        (await LinesAsync(spanishCsv)).ShouldBe(lines);
    }

    [Fact]
    public async Task ConsumptionAndRevenue_ShowTheIssuedBills_OnScreenAndInTheCsv()
    {
        // Two move-outs on November 8 (cycle 3): final bills in the period November 4 to December 3, 3,000 gallons each, $35.62 each.
        var accounts = new List<TestBillingAccount>();
        for (var i = 0; i < 2; i++)
        {
            var account = await factory.AddAccountAsync(cycle: 3, role: AccountRole.Tenant, reads: [(October3, 12_000, null), (November3, 20_000, null)]);
            var draft = await factory.UseCaseAsync<PrepareBill, BillSummary>(u => u.HandleAsync(AccountBillingFactory.Specialist,
                new PrepareBillInput(account.Number, BillKind.Final, MoveOutDate: new DateOnly(2026, 11, 8), FinalRegister: 23_000)));
            await factory.UseCaseAsync<IssueBill, BillSummary>(u => u.HandleAsync(AccountBillingFactory.Specialist, new IssueBillInput(draft.Id)));
            accounts.Add(account);
        }

        var charged = await factory.WithDbAsync(async db => (await db.JournalEntries.AsNoTracking().Where(e => e.IdempotencyKey.StartsWith("bill:"))
            .Select(e => e.Amount).ToListAsync()).Sum(m => m.Amount));
        using var browser = await factory.SignedInAsync();

        using var consumption = await browser.GetAsync("/Billing/Reports/Consumption?From=2026-12&To=2026-12&Cycle=3");
        using var consumptionCsv = await browser.GetAsync("/Billing/Reports/Consumption?From=2026-12&To=2026-12&Cycle=3&handler=Csv");
        using var revenue = await browser.GetAsync("/Billing/Reports/Revenue?From=2026-12&To=2026-12");
        using var revenueCsv = await browser.GetAsync("/Billing/Reports/Revenue?From=2026-12&To=2026-12&handler=Csv");
        using var november = await browser.GetAsync("/Billing/Reports/Revenue?From=2026-11&To=2026-11");

        var table = Html.ElementText(await consumption.Content.ReadAsStringAsync(), "consumption");
        table.ShouldContain("Residential");
        table.ShouldContain("6,000");
        table.ShouldContain("3,000");
        (await LinesAsync(consumptionCsv)).ShouldBe([
            "Cycle,Period start,Period end,Customer class,Accounts,Bills,Gallons,Average gallons",
            "3,2026-11-04,2026-12-03,Residential,2,2,6000,3000",
        ]);
        consumptionCsv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("consumption-2026-12-to-2026-12.csv");
        var revenueHtml = await revenue.Content.ReadAsStringAsync();
        Html.ElementText(revenueHtml, "revenue-net").ShouldBe("$71.24");
        charged.ShouldBe(71.24m);
        (await LinesAsync(revenueCsv)).ShouldBe([
            "Service,Posted bills,Billed,Cancelled,Net",
            "Water,2,22.44,0.00,22.44",     // 2 x (2.07 base + 9.15 tier 1)
            "Sewer,2,38.30,0.00,38.30",     // 2 x (2.35 base + 16.80)
            "Stormwater,2,2.30,0.00,2.30",
            "Refuse,2,8.20,0.00,8.20",
        ]);
        (await november.TextAsync()).ShouldContain("No issued bills in these months.");
    }

    [Fact]
    public async Task HighLow_ListsTheLeak_WithItsPercentOfAverage_OnScreenAndInTheCsv()
    {
        var reads = new List<(DateOnly, long, string?)>();
        for (var i = 12; i >= 0; i--)
        {
            reads.Add((new DateOnly(2026, 10, 7).AddMonths(-i), 10_000 + ((12 - i) * 6_000L), null));
        }

        reads.Add((new DateOnly(2026, 11, 7), 10_000 + (12 * 6_000L) + 15_000, "LEAK"));
        var leak = await factory.AddAccountAsync(cycle: 7, reads: [.. reads]);
        await CalculateRunAsync(7);
        var bill = (await factory.BillsOfAsync(leak.Id)).ShouldHaveSingleItem();
        var percent = (int)Math.Round(15_000m * 100 / bill.AverageGallons!.Value, MidpointRounding.AwayFromZero);
        using var browser = await factory.SignedInAsync();

        using var page = await browser.GetAsync("/Billing/Reports/HighLow?From=2026-11&To=2026-11&Cycle=7&Deviation=High");
        using var csv = await browser.GetAsync("/Billing/Reports/HighLow?From=2026-11&To=2026-11&Cycle=7&Deviation=High&handler=Csv");

        var html = await page.Content.ReadAsStringAsync();
        var table = Html.ElementText(html, "high-low");
        table.ShouldContain(leak.Number);
        table.ShouldContain($"{percent}%");
        Html.ElementText(html, "thresholds").ShouldContain("150%");
        percent.ShouldBeGreaterThanOrEqualTo(150);
        var lines = await LinesAsync(csv);
        lines[0].ShouldBe("Account,Customer,Cycle,Period start,Period end,Kind,Status,Usage,Gallons,Average gallons,Percent of average,Estimated,Current charges");
        lines.ShouldContain(l => l.StartsWith($"{leak.Number},", StringComparison.Ordinal)
            && l.Contains($",7,2026-10-08,2026-11-07,Cycle,Draft,High,15000,{bill.AverageGallons},{percent},false,", StringComparison.Ordinal));
        lines.Skip(1).ShouldAllBe(l => l.Contains(",High,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABadFilter_GetsAClearMessage_OnScreenAndInsteadOfACsv()
    {
        using var browser = await factory.SignedInAsync();

        using var month = await browser.GetAsync("/Billing/Reports/Consumption?From=2026-13&To=2026-12");
        using var backwards = await browser.GetAsync("/Billing/Reports/Revenue?From=2026-12&To=2026-11&handler=Csv");
        using var tooLong = await browser.GetAsync("/Billing/Reports/HighLow?From=2022-01&To=2026-11&handler=Csv");
        using var cycle = await browser.GetAsync("/Billing/Reports/HighLow?From=2026-11&To=2026-11&Cycle=99");
        using var noRun = await browser.GetAsync($"/Billing/Reports/Register?handler=Csv&runId={Guid.NewGuid()}");

        foreach (var (response, message) in new[]
        {
            (month, "Enter a month as year and month, for example 2026-11."),
            (backwards, "The first month must not be after the last."),
            (tooLong, "Choose at most 36 months."),
            (cycle, "Billing cycles run from 1 to 20."),
        })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            (await response.TextAsync()).ShouldContain(message);
        }

        noRun.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyStaffReachTheReports()
    {
        string[] pages =
        [
            "/Billing/Reports", "/Billing/Reports/Register", $"/Billing/Reports/Register?handler=Csv&runId={Guid.NewGuid()}",
            "/Billing/Reports/Consumption?handler=Csv", "/Billing/Reports/HighLow?handler=Csv", "/Billing/Reports/Revenue?handler=Csv",
        ];
        using var anonymous = factory.CreateBrowser();
        using var resident = factory.CreateBrowser();
        (await resident.SignInAsync(Staff.Resident)).Dispose();
        using var roleless = factory.CreateBrowser();
        (await roleless.SignInAsync(await Staff.CreateAsync(factory.Services, PublicRoles.Resident), Staff.Password)).Dispose();
        using var specialist = await factory.SignedInAsync();

        foreach (var page in pages)
        {
            using var signIn = await anonymous.GetAsync(page);
            signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            signIn.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
            using var asResident = await resident.GetAsync(page);
            asResident.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
            using var denied = await roleless.GetAsync(page);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        using var index = await specialist.GetAsync("/Billing/Reports");
        var links = Html.ElementText(await index.Content.ReadAsStringAsync(), "reports");
        links.ShouldContain("Billing register");
        links.ShouldContain("Revenue by service");
    }

    private static async Task<List<string>> LinesAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldEndWith("\r\n");
        return [.. text[..^2].Split("\r\n")];
    }

    private async Task<Guid> CalculateRunAsync(int cycle)
    {
        var started = await factory.UseCaseAsync<StartBillRun, StartBillRunResult>(u => u.HandleAsync(AccountBillingFactory.Specialist,
            new StartBillRunInput(cycle, 2026, 11)));
        await factory.Services.GetRequiredService<BillRunProcessor>().ProcessAsync(started.RunId, "test-worker");
        return started.RunId;
    }
}
