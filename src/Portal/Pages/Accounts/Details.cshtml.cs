using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>
/// The dashboard of one linked account. GetAccountOverview checks the link before it reads anything; an unlinked or
/// unknown number becomes the 404 page (DomainNotFoundFilter), identical in both cases.
/// </summary>
public sealed class DetailsModel(GetAccountOverview overview, TimeProvider clock) : PageModel
{
    public AccountOverview Account { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(string number, CancellationToken ct) =>
        Account = await overview.HandleAsync(Actor.FromPrincipal(User), number, ct);
}
