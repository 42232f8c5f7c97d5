using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Bills;

/// <summary>A resident's bill history and printable bill: only their own issued bills, with the figures of the database, the chart and the explanation.</summary>
public sealed partial class BillPagesTests(BillsFactory factory) : IClassFixture<BillsFactory>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task The_history_lists_the_issued_bills_newest_first()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bills");

        status.ShouldBe(HttpStatusCode.OK);
        var rows = Rows(html);
        rows.Count.ShouldBe(13, "thirteen posted bills; the December draft is not issued");
        rows[0].ShouldContain("11/22/2026", customMessage: "the November bill, issued two days after its period");
        rows[0].ShouldContain("16,200");
        rows[^1].ShouldContain("11/22/2025");
        rows.Single(r => r.Contains("3/22/2026", StringComparison.Ordinal)).ShouldContain("(estimated)");
        var latest = await factory.WithDbAsync(db => db.Bills.SingleAsync(b => b.Id == history.LatestBillId));
        rows[0].ShouldContain(latest.TotalDue.Amount.ToString("C", English));
        rows[0].ShouldContain("12/13/2026", customMessage: "due 21 days after it was issued");
        html.ShouldContain($"href=\"/Accounts/{history.Number}/Bill?id={history.LatestBillId}\"");
    }

    [Fact]
    public async Task The_bill_shows_its_lines_and_totals_as_the_database_holds_them()
    {
        var history = await factory.HistoryAsync();
        var bill = await factory.WithDbAsync(db => db.Bills.AsNoTracking().Include(b => b.Lines).Include(b => b.Reads).SingleAsync(b => b.Id == history.LatestBillId));
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bill");

        status.ShouldBe(HttpStatusCode.OK, "the latest bill is the default");
        var amounts = Cells(html, "line-amount");
        amounts.ShouldBe(bill.Lines.OrderBy(l => l.Sequence).Select(l => l.Amount.Amount.ToString("C", English)).ToList());
        amounts.Count.ShouldBe(9, "water base, four tiers, sewer base and usage, stormwater, refuse");
        Cells(html, "current-charges").ShouldBe([bill.CurrentCharges.Amount.ToString("C", English)]);
        Cells(html, "total-due").ShouldBe([bill.TotalDue.Amount.ToString("C", English)]);
        bill.TotalDue.ShouldBe(BillsFactory.BalanceBefore + bill.CurrentCharges);
        var text = Page.MainText(html);
        text.ShouldContain("Water tier 3 (15,001–30,000 gal): 1,200 gal");
        text.ShouldContain($"Previous balance {(BillsFactory.BalanceBefore - BillsFactory.Payments).Amount.ToString("C", English)}");
        text.ShouldContain($"Payments since the last bill {BillsFactory.Payments.Amount.ToString("C", English)}");
        text.ShouldContain("Due date Sunday, December 13, 2026");
        text.ShouldContain($"Priced with rate schedule {bill.ScheduleCode} (version {bill.ScheduleVersion}).");
        text.ShouldContain("Service from Wednesday, October 21, 2026 to Friday, November 20, 2026");
        var read = bill.Reads.ShouldHaveSingleItem();
        text.ShouldContain($"{read.MeterSerial} 10/20/2026: 1,234,000 11/20/2026: 1,250,200 16,200 Measured");
        text.ShouldContain("Service address");
    }

    [Fact]
    public async Task The_chart_has_thirteen_months_ending_with_this_bill()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bill?id={history.LatestBillId}");

        var svg = SvgPattern().Match(html);
        svg.Success.ShouldBeTrue();
        svg.Value.ShouldContain("role=\"img\"");
        svg.Value.ShouldContain("aria-labelledby=\"usage-chart-title usage-chart-desc\"");
        var months = BarMonth().Matches(svg.Value).Select(m => m.Groups[1].Value).ToList();
        months.ShouldBe(BillsFactory.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList());
        months.Count.ShouldBe(13);
        var table = UsageTable().Match(html).Value;
        RowPattern().Count(table).ShouldBe(14, "a header row and a row a month");
        Page.Text(table).ShouldContain("November 2026 16,200 (this bill)");
        Page.Text(table).ShouldContain("March 2026 10,000 (estimated)");
    }

    [Fact]
    public async Task The_explanation_compares_with_the_average_last_month_and_last_year()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bill?id={history.LatestBillId}");

        Explanation(html).ShouldBe(
        [
            "You used 16,200 gallons, 62% more than your 12-month average of 10,000 gallons; 1,200 of them were billed at tier 3.",
            "That is 4,200 gallons more than last month (12,000 gallons).",
            "It is 8,200 gallons more than in November 2025 (8,000 gallons).",
        ]);
    }

    [Fact]
    public async Task A_spanish_reader_gets_the_bill_in_spanish()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bill?id={history.LatestBillId}&culture=es-US");

        Explanation(html).ShouldBe(
        [
            "Usó 16,200 galones, 62% más que su promedio de 12 meses de 10,000 galones; 1,200 de ellos se facturaron en el nivel 3.",
            "Son 4,200 galones más que el mes pasado (12,000 galones).",
            "Son 8,200 galones más que en noviembre de 2025 (8,000 galones).",
        ]);
        var text = Page.MainText(html);
        text.ShouldContain($"Factura de la cuenta {history.Number}");
        text.ShouldContain("Agua, nivel 3 (15,001–30,000 gal): 1,200 gal");
        text.ShouldContain("Total a pagar");
        text.ShouldNotContain("You used");
        text.ShouldNotContain("Water tier");
    }

    [Fact]
    public async Task Another_accounts_bill_a_draft_and_an_unknown_bill_are_not_found()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        foreach (var url in new[]
        {
            $"/Accounts/{history.Number}/Bill?id={history.OtherBillId}",
            $"/Accounts/{history.OtherNumber}/Bill?id={history.OtherBillId}",
            $"/Accounts/{history.OtherNumber}/Bill",
            $"/Accounts/{history.OtherNumber}/Bills",
            $"/Accounts/{history.Number}/Bill?id={history.DraftBillId}",
            $"/Accounts/{history.Number}/Bill?id={Guid.CreateVersion7()}",
            $"/Accounts/{history.EmptyNumber}/Bill?id={history.LatestBillId}",
        })
        {
            var (status, html) = await browser.GetPageAsync(url);
            status.ShouldBe(HttpStatusCode.NotFound, url);
            Page.MainText(html).ShouldContain("Page not found");
            html.ShouldNotContain("data-testid=\"charges\"");
        }
    }

    [Fact]
    public async Task An_account_without_bills_says_so()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (listStatus, list) = await browser.GetPageAsync($"/Accounts/{history.EmptyNumber}/Bills");
        var (billStatus, bill) = await browser.GetPageAsync($"/Accounts/{history.EmptyNumber}/Bill");

        listStatus.ShouldBe(HttpStatusCode.OK);
        billStatus.ShouldBe(HttpStatusCode.OK);
        Page.MainText(list).ShouldContain("No bill has been issued for this account yet.");
        Page.MainText(bill).ShouldContain("No bill has been issued for this account yet.");
        bill.ShouldNotContain("usage-chart");
    }

    [Fact]
    public async Task The_dashboard_links_to_the_latest_bill_and_the_history()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{history.Number}");

        html.ShouldContain($"href=\"/Accounts/{history.Number}/Bill\"");
        html.ShouldContain($"href=\"/Accounts/{history.Number}/Bills\"");
    }

    [Fact]
    public async Task The_bill_prints_without_the_site_around_it()
    {
        var history = await factory.HistoryAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync($"/Accounts/{history.Number}/Bill");
        var css = await factory.CreateClient().GetStringAsync("/css/print.css");

        PrintLink().IsMatch(html).ShouldBeTrue("the print stylesheet is linked for print media");
        css.ShouldContain("size: letter");
        css.ShouldMatch(@"\.site-nav[^{]*\.no-print[^{]*button[^{]*\{ display: none");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var history = await factory.HistoryAsync();

        using var response = await factory.CreateBrowser().GetAsync($"/Accounts/{history.Number}/Bill?id={history.LatestBillId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    private static List<string> Rows(string html) =>
        RowPattern().Matches(HistoryTable().Match(html).Value).Skip(1).Select(m => Page.Text(m.Value)).ToList();

    private static List<string> Cells(string html, string testId) =>
        Regex.Matches(html, $@"data-testid=""{testId}"">(.*?)</", RegexOptions.Singleline).Select(m => Page.Text(m.Groups[1].Value)).ToList();

    private static List<string> Explanation(string html) =>
        ParagraphPattern().Matches(ExplanationPattern().Match(html).Value).Select(m => Page.Text(m.Groups[1].Value)).ToList();

    [GeneratedRegex(@"<table class=""stack-on-phone"" data-testid=""bill-history"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex HistoryTable();

    [GeneratedRegex(@"<tr\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex(@"<rect class=""bar""[^>]*data-month=""([0-9-]+)""")]
    private static partial Regex BarMonth();

    [GeneratedRegex(@"<table data-testid=""usage-table"">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex UsageTable();

    [GeneratedRegex(@"data-testid=""explanation"">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ExplanationPattern();

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"<link rel=""stylesheet"" href=""/css/print\.css\?v=[^""]+"" media=""print"" />")]
    private static partial Regex PrintLink();
}
