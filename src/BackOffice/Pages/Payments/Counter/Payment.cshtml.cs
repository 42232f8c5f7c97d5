using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Counter;
using UtilityPortal.Domain.Payments.Returns;

namespace UtilityPortal.BackOffice.Pages.Payments.Counter;

/// <summary>
/// One payment, found by id or receipt number, and its two corrections: move it to the account it belongs to, or
/// record that the bank returned the check (reversal plus the schedule's returned-payment fee).
/// </summary>
public sealed class PaymentModel(GetPaymentReceipt receipts, MovePayment move, RecordReturnedCheck returned, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public MoveInput Move { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Receipt number")]
    public string? Receipt { get; set; }

    public PaymentReceipt? Payment { get; private set; }

    public bool CanCorrect => Payment is { Status: PaymentStatus.Posted };

    public bool CanReturn => CanCorrect && Payment!.Tender == Tender.Check;

    public sealed class MoveInput
    {
        [Display(Name = "Account the payment belongs to")]
        public string? ToAccountNumber { get; set; }

        [Display(Name = "Why it is moved")]
        public string? Reason { get; set; }
    }

    public sealed class ReturnInput
    {
        [Display(Name = "What the bank said")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        if (id is null)
        {
            if (string.IsNullOrWhiteSpace(Receipt))
            {
                return Page();
            }

            try
            {
                var found = await receipts.FindAsync(actor, Receipt, ct);
                return Redirect($"/Payments/Counter/Payment/{found.PaymentId:D}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t, string.Empty);
                return Page();
            }
        }

        return await LoadAsync(id.Value, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        CorrectAsync(id, "Move.", async actor =>
        {
            var result = await move.HandleAsync(actor, new MovePaymentInput(id, Move.ToAccountNumber ?? string.Empty, Move.Reason), ct);
            return t["The payment was moved from account {0} to account {1}; its new receipt is {2}.", result.FromAccountNumber, result.ToAccountNumber, result.NewReceiptNumber].Value;
        }, ct);

    public Task<IActionResult> OnPostReturnedAsync(Guid id, CancellationToken ct) =>
        CorrectAsync(id, "Return.", async actor =>
        {
            var result = await returned.HandleAsync(actor, new RecordReturnedCheckInput(id, Return.Reason), ct);
            return result.AlreadyRecorded
                ? t["This returned check had already been recorded; nothing new was posted."].Value
                : t["The check was reversed and a returned-payment fee of {0} was charged to account {1}.", result.Fee, result.AccountNumber].Value;
        }, ct);

    private async Task<IActionResult> CorrectAsync(Guid id, string prefix, Func<Actor, Task<string>> correct, CancellationToken ct)
    {
        try
        {
            TempData["StatusMessage"] = await correct(Actor.FromPrincipal(User));
            return Redirect($"/Payments/Counter/Payment/{id:D}");
        }
        catch (DomainException ex) when (ex.Code != ErrorCodes.NotFound || ex.Errors[0].Field is not null)
        {
            // The use cases name the payment "paymentId"; on this page it is the page itself.
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field is null or "paymentId" ? string.Empty : prefix + error.Field, t[error.Message]);
            }
        }
        catch (DomainException)
        {
            return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Payment = await receipts.HandleAsync(Actor.FromPrincipal(User), id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
