using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>
/// The account's billing tab: its bills, its meters' recent reads, and the bills staff prepare on demand (off-cycle,
/// final, initial, deposit). Each bill's own actions (issue, recalculate, release, cancel and rebill) live on the bill
/// page; the rows here post to it. Every rule is the use cases'; this page only gathers what they need.
/// </summary>
public sealed class BillingModel(GetAccountOverview overview, ListBills listBills, PrepareBill prepare, UtilityDbContext db,
    IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Reads shown per meter: enough to see the last few periods and a misread among them.</summary>
    public const int ReadsPerMeter = 6;

    [BindProperty]
    public PrepareInput Input { get; set; } = new();

    public AccountOverview Account { get; private set; } = null!;

    public IReadOnlyList<BillSummary> Bills { get; private set; } = [];

    public IReadOnlyList<PremiseMeterRead> Reads { get; private set; } = [];

    /// <summary>Names match PrepareBillInput, so the Domain's DomainError.Field lands on the right input.</summary>
    public sealed class PrepareInput
    {
        public BillKind? Kind { get; set; }

        [Display(Name = "First day billed")]
        public DateOnly? From { get; set; }

        [Display(Name = "Last day billed")]
        public DateOnly? To { get; set; }

        [Display(Name = "Move-out day")]
        public DateOnly? MoveOutDate { get; set; }

        [Display(Name = "Final register reading (gallons, optional)")]
        public long? FinalRegister { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPrepareAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        // A date the browser could not send as a date is a binding error: say so and write nothing.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        BillSummary bill;
        try
        {
            bill = await prepare.HandleAsync(Actor.FromPrincipal(User),
                new PrepareBillInput(number, Input.Kind ?? 0, Input.MoveOutDate, Input.FinalRegister, Input.From, Input.To), ct);
        }
        catch (DomainException ex) when (!ex.IsNotFound())
        {
            ModelState.AddDomainErrors(ex, t);
            return Page();
        }

        TempData["StatusMessage"] = bill.OpenExceptions > 0
            ? t["The bill was calculated as a draft with {0} review exception(s) to resolve before it is issued.", bill.OpenExceptions].Value
            : t["The bill was calculated as a draft. Check it, then issue it."].Value;
        return Redirect(BillModel.PathOf(Account.Number, bill.Id));
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        try
        {
            Account = await overview.HandleAsync(actor, number, ct);
            Bills = await listBills.HandleAsync(actor, number, 36, ct);
        }
        catch (DomainException ex) when (ex.IsNotFound())
        {
            return false;
        }

        var latest = await MeterReadings.LatestBySerialAsync(db, Account.Meters.Select(m => m.SerialNumber).ToList(), ReadsPerMeter, ct);
        Reads = Account.Meters.SelectMany(m => latest.GetValueOrDefault(m.SerialNumber) ?? []).ToList();
        return true;
    }
}
