using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Adjustments;

/// <summary>
/// One leak request of the resident's: where it stands, the calculation, and why it was not approved. Someone
/// else's request is the 404 page (DomainNotFoundFilter), like one that does not exist.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class DetailsModel(GetAdjustmentRequest get) : PageModel
{
    public AdjustmentRequestDetails Adjustment { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Adjustment = await get.HandleAsync(Actor.FromPrincipal(User), id, ct);
}
