using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>The billing register of one bill run, a page at a time on screen and every row in the CSV; without a run, the runs to choose from.</summary>
public sealed class RegisterModel(BillingRegister register, GetBillRun runs) : PageModel
{
    public const int PageSize = 100;

    public static readonly string[] CsvHeader =
        ["Account", "Customer", "Kind", "Status", "Water gallons", "Reuse gallons", "Water", "Sewer", "Stormwater", "Refuse", "Reuse", "Total"];

    [BindProperty(SupportsGet = true)]
    public Guid? RunId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public BillingRegisterPage? Register { get; private set; }

    public IReadOnlyList<BillRunView> Runs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        if (RunId is not { } runId)
        {
            Runs = await runs.ListAsync(actor, null, 50, ct);
            return Page();
        }

        try
        {
            Register = await register.PageAsync(actor, runId, PageNumber, PageSize, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid runId, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        BillingRegisterPage first;
        IAsyncEnumerable<BillingRegisterRow> rows;
        try
        {
            first = await register.PageAsync(actor, runId, 1, 1, ct);
            rows = await register.ExportAsync(actor, runId, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"billing-register-cycle-{first.Cycle:D2}-{first.Period.End:yyyy-MM-dd}.csv");
        return CsvExport.File(name, CsvHeader, rows, r => [r.AccountNumber, r.CustomerName, r.Kind, r.Status, r.WaterGallons, r.ReuseGallons, r.Water,
            r.Sewer, r.Stormwater, r.Refuse, r.Reuse, r.Total]);
    }
}
