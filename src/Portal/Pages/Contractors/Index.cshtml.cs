using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>The contractors' home (role Contractor, see PortalPages): their estimate requests and where to start a new one.</summary>
public sealed class IndexModel(ListEstimates list) : PageModel
{
    public IReadOnlyList<EstimateSummary> Estimates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Estimates = await list.MineAsync(Actor.FromPrincipal(User), ct);
}
