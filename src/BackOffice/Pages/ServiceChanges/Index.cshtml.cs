using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.BackOffice.Pages.ServiceChanges;

/// <summary>
/// Starts, stops and transfers under way, soonest date first, and the latest finished: record the crew's read before
/// their turn-on or turn-off order is closed, send the crew again after a failed visit, or cancel with a reason.
/// </summary>
public sealed class IndexModel(ListServiceChanges list, RecordServiceRead read, RedispatchServiceChange redispatch, CancelServiceChange cancel,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<ServiceChangeView> Pending { get; private set; } = [];

    public IReadOnlyList<ServiceChangeView> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        Pending = await list.PendingAsync(actor, ct);
        Recent = await list.RecentAsync(actor, ct: ct);
    }

    public Task<IActionResult> OnPostReadAsync(Guid id, WorkOrderType type, long? register, CancellationToken ct) =>
        ActAsync(actor => read.HandleAsync(actor, new RecordServiceReadInput(id, type, register), ct), "Read recorded.", ct);

    public Task<IActionResult> OnPostRedispatchAsync(Guid id, CancellationToken ct) =>
        ActAsync(actor => redispatch.HandleAsync(actor, new RedispatchServiceChangeInput(id), ct), "The crew is sent again.", ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, CancellationToken ct) =>
        ActAsync(actor => cancel.HandleAsync(actor, new CancelServiceChangeInput(id, reason), ct), "Request cancelled.", ct);

    private async Task<IActionResult> ActAsync(Func<Actor, Task<ServiceChangeView>> action, string done, CancellationToken ct)
    {
        try
        {
            await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = t[done].Value;
            return Redirect("/ServiceChanges");
        }
        catch (DomainException ex) when (ex.Code != ErrorCodes.Forbidden)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            await OnGetAsync(ct);
            return Page();
        }
    }
}
