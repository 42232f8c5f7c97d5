using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>High and low usage against the 12-month average, a page at a time on screen and every row streamed to CSV.</summary>
public sealed class HighLowModel(HighLowReport report, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 100;

    public static readonly string[] CsvHeader =
        ["Account", "Customer", "Cycle", "Period start", "Period end", "Kind", "Status", "Usage", "Gallons", "Average gallons", "Percent of average", "Estimated", "Current charges"];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Cycle { get; set; }

    [BindProperty(SupportsGet = true)]
    public UsageDeviation? Deviation { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public HighLowPage? Report { get; private set; }

    public Domain.Billing.ReviewOptions Thresholds => report.Thresholds;

    public string Query => string.Create(CultureInfo.InvariantCulture, $"/Billing/Reports/HighLow?From={From}&To={To}&Cycle={Cycle}&Deviation={Deviation}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Input() is { } input)
        {
            try
            {
                Report = await report.PageAsync(Actor.FromPrincipal(User), input, PageNumber, PageSize, ct);
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            }
        }

        return Page();
    }

    public IActionResult OnGetCsv()
    {
        if (Input() is not { } input)
        {
            return Page();
        }

        IAsyncEnumerable<HighLowRow> rows;
        try
        {
            rows = report.Export(Actor.FromPrincipal(User), input, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            return Page();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"high-low-usage-{input.Periods.From:yyyy-MM}-to-{input.Periods.To:yyyy-MM}.csv");
        return CsvExport.File(name, CsvHeader, rows, r => [r.AccountNumber, r.CustomerName, r.Cycle, r.Period.Start, r.Period.End, r.Kind, r.Status,
            r.Deviation, r.Gallons, r.AverageGallons, r.PercentOfAverage, r.Estimated, r.CurrentCharges]);
    }

    private HighLowReportInput? Input()
    {
        if (ReportFilter.Periods(From, To, clock, ModelState, t) is not { } periods || !ModelState.IsValid)
        {
            return null;
        }

        From = ReportFilter.Value(periods.From);
        To = ReportFilter.Value(periods.To);
        return new HighLowReportInput(periods, Deviation, Cycle);
    }
}
