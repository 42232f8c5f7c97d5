using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.BackOffice.Pages.Accounts;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.BackOffice.Pages.Payments.Refunds;

/// <summary>
/// Refund part of an account's credit balance, to the card of one of its card payments or by a check request. The
/// page shows what may be refunded; the use case enforces it, and the role.
/// </summary>
public sealed class NewModel(ListRefunds refunds, RequestRefund request, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty]
    public RefundInput Input { get; set; } = new();

    public RefundOptions Options { get; private set; } = null!;

    /// <summary>Property names match RequestRefundInput, so a DomainError's field lands on its input.</summary>
    public sealed class RefundInput
    {
        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }

        [Display(Name = "How")]
        public RefundMethod Method { get; set; } = RefundMethod.Check;

        [Display(Name = "Card payment")]
        public Guid? PaymentId { get; set; }

        [Display(Name = "Make the check out to")]
        public string? Payee { get; set; }

        public ContactModel.AddressModel MailingAddress { get; set; } = new();

        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        Input.Payee = Options.CustomerName;
        Input.MailingAddress = ContactModel.AddressModel.From(Options.MailingAddress);
        Input.Method = Options.CardPayments.Count > 0 ? RefundMethod.Card : RefundMethod.Check;
        Input.PaymentId = Options.CardPayments.Count > 0 ? Options.CardPayments[0].PaymentId : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Amount is null)
        {
            ModelState.AddModelError("Input.Amount", t["Enter the amount."]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var result = await request.HandleAsync(Actor.FromPrincipal(User), new RequestRefundInput(Account ?? string.Empty, Input.Amount!.Value, Input.Method, Input.Reason,
                    Input.Method == RefundMethod.Card ? Input.PaymentId : null,
                    Input.Method == RefundMethod.Check ? Input.Payee : null,
                    Input.Method == RefundMethod.Check ? Input.MailingAddress.ToDomain() : null), ct);
                if (result.Status == RefundStatus.Declined)
                {
                    ModelState.AddModelError(string.Empty, t["The card refund was declined: {0}. Nothing was posted.", result.DeclineReason ?? string.Empty]);
                }
                else
                {
                    TempData["StatusMessage"] = result.Method == RefundMethod.Card
                        ? t["A refund of {0} to the card was posted to account {1}.", result.Amount, result.AccountNumber].Value
                        : t["A refund check of {0} was requested for account {1}; it goes out with the next check run.", result.Amount, result.AccountNumber].Value;
                    return Redirect("/Payments/Refunds");
                }
            }
            catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
            {
                return Forbid();
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Options = await refunds.OptionsAsync(Actor.FromPrincipal(User), Account ?? string.Empty, ct);
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, string.Empty);
            return false;
        }
    }
}
