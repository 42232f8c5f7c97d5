using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>The account's Requests tab: its latest service requests and work orders.</summary>
public sealed class RequestsModel(ServiceRequestLists lists) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public AccountRequests Requests { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Requests = await lists.ForAccountAsync(Actor.FromPrincipal(User), Number, ct);
}
