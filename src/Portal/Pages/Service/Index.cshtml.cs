using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Service;

/// <summary>The resident's starts, stops and moves, newest first, with where each stands; and the way to ask for another.</summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class IndexModel(ListServiceChanges list) : PageModel
{
    public IReadOnlyList<ServiceChangeView> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Changes = await list.MineAsync(Actor.FromPrincipal(User), ct);
}
