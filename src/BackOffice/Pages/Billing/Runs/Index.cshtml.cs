using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Runs;

/// <summary>
/// The bill runs, newest period first, and the form that starts one for a cycle and month. Starting a cycle and month
/// that already has a run opens that run: the Domain never bills a period twice.
/// </summary>
public sealed class IndexModel(StartBillRun start, GetBillRun runs, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The utility's calendar: a staff member in Florida means Florida's "this month".</summary>
    public static readonly TimeZoneInfo UtilityZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [BindProperty]
    public StartInput Input { get; set; } = new();

    public IReadOnlyList<BillRunView> Runs { get; private set; } = [];

    public sealed class StartInput
    {
        [Display(Name = "Billing cycle")]
        [Range(1, ServiceAccount.BillingCycles, ErrorMessage = "Choose a billing cycle from 1 to 20.")]
        public int Cycle { get; set; } = 1;

        [Display(Name = "Month")]
        [Range(1, 12, ErrorMessage = "Choose a month.")]
        public int Month { get; set; }

        [Display(Name = "Year")]
        [Range(2000, 2100, ErrorMessage = "Enter a year from 2000 to 2100.")]
        public int Year { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Today(clock);
        Input.Year = today.Year;
        Input.Month = today.Month;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var result = await start.HandleAsync(Actor.FromPrincipal(User), new StartBillRunInput(Input.Cycle, Input.Year, Input.Month), ct);
                var cycle = Input.Cycle.ToString(CultureInfo.CurrentCulture);
                var month = BillRunText.Month(Input.Year, Input.Month);
                TempData["StatusMessage"] = result.Created
                    ? t["The bill run of cycle {0} for {1} has started; its bills are being calculated.", cycle, month].Value
                    : t["Cycle {0} already has a bill run for {1}; here it is. Nobody is billed twice.", cycle, month].Value;
                return Redirect($"/Billing/Runs/{result.RunId:D}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UtilityZone).DateTime);

    private async Task LoadAsync(CancellationToken ct) => Runs = await runs.ListAsync(Actor.FromPrincipal(User), take: 100, ct: ct);
}
