using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.Collections;

/// <summary>Open disconnect and reconnect work orders, oldest first: assign one to a crew member, or record how it ended.</summary>
public sealed class WorkOrdersModel(WorkOrderDispatch dispatch, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<WorkOrderView> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Orders = await dispatch.ListAsync(Actor.FromPrincipal(User), types: [WorkOrderType.Disconnect, WorkOrderType.Reconnect], ct: ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, string? assignedTo, CancellationToken ct) =>
        ActAsync(actor => dispatch.AssignAsync(actor, new AssignWorkOrderInput(id, assignedTo), ct), "Work order assigned.", ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, WorkOrderResult result, string? note, CancellationToken ct) =>
        ActAsync(actor => dispatch.CompleteAsync(actor, new CompleteWorkOrderInput(id, result, note), ct), "Work order completed.", ct);

    private async Task<IActionResult> ActAsync(Func<Actor, Task<WorkOrder>> action, string done, CancellationToken ct)
    {
        try
        {
            await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = t[done].Value;
            return Redirect("/Collections/WorkOrders");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            await OnGetAsync(ct);
            return Page();
        }
    }

    public static string TypeText(WorkOrderType type) => type == WorkOrderType.Reconnect ? "Reconnect" : "Disconnect";

    public static string DoneText(WorkOrderType type, WorkOrderResult result) => (type, result) switch
    {
        (WorkOrderType.Disconnect, WorkOrderResult.Done) => "Disconnected",
        (WorkOrderType.Disconnect, _) => "Not disconnected",
        (_, WorkOrderResult.Done) => "Reconnected",
        _ => "Not reconnected",
    };
}
