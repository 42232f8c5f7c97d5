using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Service;

/// <summary>
/// What the start, stop and transfer forms share: resident only, the resident's active accounts for the account
/// choice, and one way to run the use case (its errors next to their fields, success back to the list).
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public abstract class ServicePageModel(ListServiceChanges list, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<StoppableAccount> Accounts { get; private set; } = [];

    protected async Task LoadAccountsAsync(CancellationToken ct) => Accounts = await list.MyActiveAccountsAsync(Actor.FromPrincipal(User), ct);

    protected async Task<IActionResult> RunAsync(Func<Actor, Task<ServiceChangeView>> request, string done, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await request(Actor.FromPrincipal(User));
                TempData["StatusMessage"] = l[done].Value;
                return RedirectToPage("/Service/Index");
            }
            catch (DomainException ex) when (ex.Code != ErrorCodes.Forbidden)
            {
                ModelState.AddDomainErrors(ex, l);
            }
        }

        await LoadAccountsAsync(ct);
        return Page();
    }
}
