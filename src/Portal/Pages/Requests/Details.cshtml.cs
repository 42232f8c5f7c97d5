using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Requests;

/// <summary>
/// One of the resident's requests: its status, the planned visits and how it ended; cancelling it while no crew is on
/// the way. Someone else's request answers 404.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class DetailsModel(GetServiceRequest get, CloseServiceRequest close, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The service request's number (not an account number, so the route does not call it "number").</summary>
    [FromRoute(Name = "requestNumber")]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public string? Reason { get; set; }

    public ServiceRequestDetail Detail { get; private set; } = null!;

    public bool CanCancel => Detail.Request.Status is ServiceRequestStatus.Submitted or ServiceRequestStatus.Triaged;

    public async Task OnGetAsync(CancellationToken ct) => Detail = await get.HandleAsync(Actor.FromPrincipal(User), Number, ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        Detail = await get.HandleAsync(actor, Number, ct);
        try
        {
            await close.CancelAsync(actor, new CloseServiceRequestInput(Detail.Request.Id, Reason), ct);
            TempData["StatusMessage"] = l["Your request was cancelled."].Value;
            return RedirectToPage(new { requestNumber = Number });
        }
        catch (DomainException ex) when (ex.Code is ErrorCodes.Invalid or ErrorCodes.Conflict)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field == "reason" ? nameof(Reason) : string.Empty, l[error.Message]);
            }

            return Page();
        }
    }
}
