using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Adjustments;

/// <summary>The resident's leak adjustment requests on their linked accounts, newest first, with where each stands.</summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class IndexModel(ListAdjustmentRequests list) : PageModel
{
    public IReadOnlyList<AdjustmentRequestRow> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Requests = await list.HandleAsync(Actor.FromPrincipal(User), new AdjustmentFilter(), ct);
}
