using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Pay;

/// <summary>
/// The sandbox gateway's "hosted page": the checkout's lines and three buttons. Each button goes through the same
/// processing as a Stripe webhook event, then returns the browser to the checkout's success or cancel page. Not found
/// for anyone but the checkout's payer (a resident, or a contractor paying an estimate's fees), and not found at all
/// when Stripe is the gateway.
/// </summary>
[Authorize(Policy = PortalPages.PayerPolicy)]
public sealed class SandboxModel(SandboxCheckout sandbox) : PageModel
{
    public SandboxCheckoutView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid checkoutId, CancellationToken ct)
    {
        try
        {
            View = await sandbox.GetAsync(Actor.FromPrincipal(User), checkoutId, ct);
            return Page();
        }
        catch (DomainException e) when (e.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostPayAsync(Guid checkoutId, CancellationToken ct) => ActAsync(checkoutId, SandboxAction.Pay, ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid checkoutId, CancellationToken ct) => ActAsync(checkoutId, SandboxAction.Decline, ct);

    public Task<IActionResult> OnPostCancelAsync(Guid checkoutId, CancellationToken ct) => ActAsync(checkoutId, SandboxAction.Cancel, ct);

    private async Task<IActionResult> ActAsync(Guid checkoutId, SandboxAction action, CancellationToken ct)
    {
        try
        {
            // The address was checked to be a Portal page when the checkout was created.
            return Redirect((await sandbox.ActAsync(Actor.FromPrincipal(User), checkoutId, action, ct)).AbsoluteUri);
        }
        catch (DomainException e) when (e.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
