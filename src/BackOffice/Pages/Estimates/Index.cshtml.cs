using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Estimates;

/// <summary>The contractor estimate queue: every open estimate oldest first, or those of one status. Rules: ListEstimates, ExpireEstimates.</summary>
public sealed class IndexModel(ListEstimates list, ExpireEstimates expire, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromQuery(Name = "status")]
    public EstimateStatus? Status { get; set; }

    public IReadOnlyList<EstimateSummary> Estimates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Estimates = await list.QueueAsync(Actor.FromPrincipal(User), Status, ct);

    public async Task<IActionResult> OnPostExpireAsync(CancellationToken ct)
    {
        var count = await expire.HandleAsync(Actor.FromPrincipal(User), ct);
        TempData["StatusMessage"] = t["{0} estimates past their valid-until date are now expired.", count].Value;
        return RedirectToPage();
    }
}
