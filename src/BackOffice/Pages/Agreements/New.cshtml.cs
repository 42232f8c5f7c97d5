using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Agreements;

/// <summary>
/// Draft a payment agreement for one account. "Preview schedule" runs the use case's checks and shows the schedule
/// without saving; "Save draft" saves it and goes to the agreement. Every rule is the use case's.
/// </summary>
public sealed class NewModel(DraftPaymentAgreement draft, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty]
    public DraftInput Input { get; set; } = new();

    public AgreementPreview? Preview { get; private set; }

    /// <summary>Property names match DraftPaymentAgreementInput, so a DomainError's field lands on its input.</summary>
    public sealed class DraftInput
    {
        [Display(Name = "Amount covered")]
        public decimal? Covered { get; set; }

        [Display(Name = "Down payment")]
        public decimal? DownPayment { get; set; }

        [Display(Name = "Number of installments")]
        public int? Installments { get; set; }

        [Display(Name = "First installment due")]
        public DateOnly? FirstDueOn { get; set; }

        [Display(Name = "Terms")]
        public string? Terms { get; set; }
    }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostPreviewAsync(CancellationToken ct) =>
        RunAsync(async (actor, input) =>
        {
            Preview = await draft.PreviewAsync(actor, input, ct);
            return Page();
        });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(async (actor, input) =>
        {
            var agreement = await draft.HandleAsync(actor, input, ct);
            TempData["StatusMessage"] = t["The payment agreement was drafted; it waits for the customer's signature."].Value;
            return RedirectToPage("./Details", new { id = agreement.Id });
        });

    private async Task<IActionResult> RunAsync(Func<Actor, DraftPaymentAgreementInput, Task<IActionResult>> action)
    {
        // Empty or unreadable numbers are the form's problem; the use case checks the values themselves.
        Require(Input.Covered, "Covered", "Enter the amount covered.");
        Require(Input.DownPayment, "DownPayment", "Enter the down payment (0 for none).");
        Require(Input.Installments, "Installments", "Enter the number of installments.");
        Require(Input.FirstDueOn, "FirstDueOn", "Enter the date the first installment is due.");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            return await action(Actor.FromPrincipal(User), new DraftPaymentAgreementInput(Account ?? string.Empty, Input.Covered!.Value,
                Input.DownPayment!.Value, Input.Installments!.Value, Input.FirstDueOn!.Value, Input.Terms));
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t);
            return Page();
        }
    }

    private void Require<T>(T? value, string field, string message)
        where T : struct
    {
        if (value is null && ModelState.GetFieldValidationState("Input." + field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input." + field, t[message]);
        }
    }
}
