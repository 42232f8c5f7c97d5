using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>
/// One of the contractor's estimates: its status, the issued version (printable), accepting it, and paying the fees
/// through the ordinary checkout (the accepted estimate's pending account carries them). Rules: GetEstimate,
/// AcceptEstimate, CreateCheckout.
/// </summary>
public sealed class EstimateModel(GetEstimate get, AcceptEstimate accept, CreateCheckout checkout, IStringLocalizer<SharedResource> l) : PageModel
{
    public EstimateDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Details = await get.HandleAsync(Actor.FromPrincipal(User), id, ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await accept.HandleAsync(Actor.FromPrincipal(User), id, ct);
            TempData["StatusMessage"] = l["You accepted the estimate. You can pay the fees now."].Value;
        }
        catch (DomainException ex) when (ex.Code is ErrorCodes.Conflict or ErrorCodes.Invalid)
        {
            TempData["StatusMessage"] = l[ex.Message].Value;
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var details = await get.HandleAsync(actor, id, ct);
        if (details is not { AccountNumber: { } number, FeesDue: { IsPositive: true } due })
        {
            TempData["StatusMessage"] = l["There are no fees to pay on this estimate."].Value;
            return RedirectToPage(new { id });
        }

        try
        {
            var back = new Uri($"/Contractors/Estimate?id={id}", UriKind.Relative);
            var started = await checkout.HandleAsync(actor, new CheckoutInput([new CheckoutLineInput(number, due.Amount)], back, back), ct);
            return Redirect(started.RedirectUrl.AbsoluteUri);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Invalid)
        {
            TempData["StatusMessage"] = l[ex.Message].Value;
            return RedirectToPage(new { id });
        }
    }
}
