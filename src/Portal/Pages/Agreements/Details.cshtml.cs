using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Agreements;

/// <summary>
/// A payment agreement on one of the resident's linked accounts: its terms and schedule, and, while it is a draft, the
/// signature ("I agree" and the account holder's name) or declining it. Every rule is the use cases'; an agreement on
/// someone else's account is a 404 like an unknown one.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class DetailsModel(GetPaymentAgreement get, AcceptPaymentAgreement accept, CancelPaymentAgreement cancel, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public AgreementDetails Agreement { get; private set; } = null!;

    public sealed class AcceptInput
    {
        public bool Agree { get; set; }

        public string? FullName { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        ActAsync(l["Thank you: the agreement is accepted and active."], actor =>
            accept.HandleAsync(actor, new AcceptPaymentAgreementInput(Id, Input.Agree, Input.FullName), ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken ct) =>
        ActAsync(l["You declined the agreement."], actor => cancel.HandleAsync(actor, new CancelPaymentAgreementInput(Id, null), ct), ct);

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
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, l);
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
