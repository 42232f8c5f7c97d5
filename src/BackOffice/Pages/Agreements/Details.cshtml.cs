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
/// One payment agreement for staff: status, schedule with what is paid, terms and who accepted it; a draft's counter
/// signature and cancelling with a reason. Every rule is the use cases'.
/// </summary>
public sealed class DetailsModel(GetPaymentAgreement get, RecordCounterSignature sign, CancelPaymentAgreement cancel, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Named like the use cases' inputs, so a DomainError's field lands next to its box.</summary>
    [BindProperty]
    [Display(Name = "Name of the person who signed")]
    public string? SignerName { get; set; }

    [BindProperty]
    [Display(Name = "Reason for cancelling")]
    public string? Reason { get; set; }

    public AgreementDetails Agreement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) =>
        ActAsync(t["The counter signature is recorded; the agreement is active."],
            actor => sign.HandleAsync(actor, new RecordCounterSignatureInput(Id, SignerName), ct), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync(t["The agreement is cancelled."], actor => cancel.HandleAsync(actor, new CancelPaymentAgreementInput(Id, Reason), ct), ct);

    private async Task<IActionResult> ActAsync(string done, Func<Actor, Task<PaymentAgreement>> action, CancellationToken ct)
    {
        try
        {
            await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = done;
            return RedirectToPage(new { id = Id });
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, string.Empty);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Agreement = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
