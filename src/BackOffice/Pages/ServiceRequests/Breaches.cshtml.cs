using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>The SLA breach listing: open requests past their target, then those resolved late in the last 30 days.</summary>
public sealed class BreachesModel(ServiceTriage triage) : PageModel
{
    public IReadOnlyList<SlaBreach> Breaches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Breaches = await triage.BreachesAsync(Actor.FromPrincipal(User), ct: ct);
}
