using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>Revenue by service for a range of months, net of cancellations, on screen and as CSV (the same query).</summary>
public sealed class RevenueModel(RevenueByService revenue, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly string[] CsvHeader = ["Service", "Posted bills", "Billed", "Cancelled", "Net"];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public RevenueReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await RunAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await RunAsync(ct) || Report is not { } report)
        {
            return Page();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"revenue-by-service-{report.Periods.From:yyyy-MM}-to-{report.Periods.To:yyyy-MM}.csv");
        return CsvExport.File(name, CsvHeader, report.Rows, r => [r.Service, r.Bills, r.Billed, r.Cancelled, r.Net]);
    }

    private async Task<bool> RunAsync(CancellationToken ct)
    {
        if (ReportFilter.Periods(From, To, clock, ModelState, t) is not { } periods || !ModelState.IsValid)
        {
            return false;
        }

        From = ReportFilter.Value(periods.From);
        To = ReportFilter.Value(periods.To);
        try
        {
            Report = await revenue.HandleAsync(Actor.FromPrincipal(User), periods, ct);
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            return false;
        }
    }
}
