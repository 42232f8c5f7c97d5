using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.BackOffice.Pages.Payments.Batches;

/// <summary>A batch's report (expected, counted and variance by tender) and, while it is open, the form that closes it.</summary>
public sealed class DetailsModel(GetCashierBatches batches, CloseCashierBatch close, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public CashierBatchReport Batch { get; private set; } = null!;

    /// <summary>Property names match CloseCashierBatchInput, so a DomainError's field lands on its input.</summary>
    public sealed class CloseInput
    {
        [Display(Name = "Cash in the drawer (float included)")]
        public decimal? CountedCash { get; set; }

        [Display(Name = "Checks")]
        public decimal? CountedChecks { get; set; }

        [Display(Name = "Money orders")]
        public decimal? CountedMoneyOrders { get; set; }

        [Display(Name = "Card terminal total")]
        public decimal? CountedCardPresent { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var report = await close.HandleAsync(Actor.FromPrincipal(User), new CloseCashierBatchInput(id,
                    Input.CountedCash ?? 0m, Input.CountedChecks ?? 0m, Input.CountedMoneyOrders ?? 0m, Input.CountedCardPresent ?? 0m), ct);
                var (key, amount) = Counter.PaymentText.Variance(report.Variance!.Value);
                TempData["StatusMessage"] = t["The batch is closed. {0}", t[key, amount].Value].Value;
                return Redirect($"/Payments/Batches/{id:D}");
            }
            catch (DomainException ex) when (ex.Code != ErrorCodes.NotFound)
            {
                ModelState.AddDomainErrors(ex, t);
            }
            catch (DomainException)
            {
                return NotFound();
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Batch = await batches.HandleAsync(Actor.FromPrincipal(User), id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
