using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>Consumption by billing period, cycle and customer class, on screen and as CSV (the same query).</summary>
public sealed class ConsumptionModel(ConsumptionReport report, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly string[] CsvHeader = ["Cycle", "Period start", "Period end", "Customer class", "Accounts", "Bills", "Gallons", "Average gallons"];

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Cycle { get; set; }

    [BindProperty(SupportsGet = true)]
    public PremiseClass? CustomerClass { get; set; }

    public ReportPeriods? Periods { get; private set; }

    public IReadOnlyList<ConsumptionRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await RunAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await RunAsync(ct) || Periods is not { } periods)
        {
            return Page();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"consumption-{periods.From:yyyy-MM}-to-{periods.To:yyyy-MM}.csv");
        return CsvExport.File(name, CsvHeader, Rows, r => [r.Cycle, r.Period.Start, r.Period.End, r.CustomerClass, r.Accounts, r.Bills, r.Gallons, r.AverageGallons]);
    }

    private async Task<bool> RunAsync(CancellationToken ct)
    {
        Periods = ReportFilter.Periods(From, To, clock, ModelState, t);
        if (Periods is not { } periods || !ModelState.IsValid)
        {
            return false;
        }

        From = ReportFilter.Value(periods.From);
        To = ReportFilter.Value(periods.To);
        try
        {
            Rows = await report.HandleAsync(Actor.FromPrincipal(User), new ConsumptionReportInput(periods, Cycle, CustomerClass), ct);
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            return false;
        }
    }
}
