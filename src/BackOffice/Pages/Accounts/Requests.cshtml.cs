using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>The account's Requests tab: its latest service requests and work orders.</summary>
public sealed class RequestsModel(ServiceRequestLists lists) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public AccountRequests Requests { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Requests = await lists.ForAccountAsync(Actor.FromPrincipal(User), Number, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
