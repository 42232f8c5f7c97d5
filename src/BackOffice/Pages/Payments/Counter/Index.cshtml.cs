using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.BackOffice.Pages.Payments.Counter;

/// <summary>
/// The cashier's counter: open the day's batch, take payments into it (each posts at once and prints a receipt), and
/// go to the batch to close it. Everything goes through the Domain's use cases.
/// </summary>
public sealed class IndexModel(GetCashierBatches batches, OpenCashierBatch open, TakeCounterPayment take, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PaymentInput Input { get; set; } = new();

    [BindProperty]
    public OpenInput Opening { get; set; } = new();

    public CashierBatchReport? Batch { get; private set; }

    public sealed class OpenInput
    {
        [Display(Name = "Opening float (optional)")]
        public decimal? OpeningFloat { get; set; }
    }

    /// <summary>Property names match TakeCounterPaymentInput, so a DomainError's field lands on its input.</summary>
    public sealed class PaymentInput
    {
        [Display(Name = "Account number")]
        public string? AccountNumber { get; set; }

        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }

        [Display(Name = "Tender")]
        public Tender Tender { get; set; } = Tender.Cash;

        [Display(Name = "Check or money order number, card last four or terminal reference")]
        public string? Reference { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Batch = await batches.OpenBatchOfAsync(Actor.FromPrincipal(User), ct);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await open.HandleAsync(Actor.FromPrincipal(User), new OpenCashierBatchInput(Opening.OpeningFloat), ct);
            TempData["StatusMessage"] = t["Your batch is open. Take payments below."].Value;
            return RedirectToPage();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, "Opening.");
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTakeAsync(Guid batchId, CancellationToken ct)
    {
        if (Input.Amount is null)
        {
            ModelState.AddModelError("Input.Amount", t["Enter the amount."]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var receipt = await take.HandleAsync(Actor.FromPrincipal(User),
                    new TakeCounterPaymentInput(batchId, Input.AccountNumber ?? string.Empty, Input.Amount!.Value, Input.Tender, Input.Reference), ct);
                TempData["StatusMessage"] = t["Payment of {0} posted to account {1}. Receipt {2}.", receipt.Amount, receipt.AccountNumber, receipt.ReceiptNumber].Value;
                return Redirect($"/Payments/Counter/Receipt/{receipt.PaymentId:D}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        await OnGetAsync(ct);
        return Page();
    }
}
