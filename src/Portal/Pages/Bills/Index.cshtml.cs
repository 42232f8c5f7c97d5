using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Bills;

/// <summary>
/// The bills of one linked account, newest first. ListBills checks the link before it reads anything and shows a
/// resident only issued bills; an unlinked or unknown number is the 404 page (DomainNotFoundFilter).
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class IndexModel(ListBills list) : PageModel
{
    /// <summary>Ten years of monthly bills; older ones are on paper at the utility.</summary>
    public const int Shown = 120;

    [FromRoute(Name = AccountRoute.Parameter)]
    public string Number { get; set; } = string.Empty;

    public IReadOnlyList<BillSummary> Bills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Bills = await list.HandleAsync(Actor.FromPrincipal(User), Number, Shown, ct);
}
