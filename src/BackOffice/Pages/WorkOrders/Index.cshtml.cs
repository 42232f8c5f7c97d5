using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.WorkOrders;

/// <summary>The dispatch view: open work orders, emergencies (leaks) first, then by appointment and age; or the latest of every status.</summary>
public sealed class IndexModel(WorkOrderDispatch dispatch) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkOrderType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<WorkOrderView> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Orders = await dispatch.ListAsync(Actor.FromPrincipal(User), openOnly: !All, types: Type is { } type ? [type] : null, ct: ct);
}
