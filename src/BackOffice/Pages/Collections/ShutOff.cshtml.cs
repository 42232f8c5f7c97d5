using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.Collections;

/// <summary>The shut-off list, the accounts left off it and why, and processing the accounts a specialist ticks.</summary>
public sealed class ShutOffModel(ShutOffList list, ProcessShutOff process, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public ShutOffListResult List { get; private set; } = null!;

    public IReadOnlyList<ShutOffResult> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => List = await list.HandleAsync(Actor.FromPrincipal(User), ct: ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        try
        {
            Results = await process.HandleAsync(actor, new ProcessShutOffInput(Selected), ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
        }

        List = await list.HandleAsync(actor, ct: ct);
        return Page();
    }

    public static string ExclusionText(ShutOffExclusion exclusion) => exclusion switch
    {
        ShutOffExclusion.Bankruptcy => "Bankruptcy",
        ShutOffExclusion.CriticalCare => "Medical or critical care",
        _ => "Payment agreement covers it",
    };

    public static string OutcomeText(ShutOffOutcome outcome) => outcome switch
    {
        ShutOffOutcome.Processed => "Processed: fee charged, disconnect ordered",
        ShutOffOutcome.AlreadyProcessed => "Already processed in this delinquency; nothing new charged",
        _ => "Not on the shut-off list; nothing done",
    };

    public static string WorkOrderText(WorkOrderStatus status, WorkOrderResult? result) => (status, result) switch
    {
        (WorkOrderStatus.Completed, WorkOrderResult.Done) => "Done",
        (WorkOrderStatus.Completed, _) => "Not done",
        (WorkOrderStatus.Assigned, _) => "Assigned",
        (WorkOrderStatus.Cancelled, _) => "Cancelled",
        _ => "Open",
    };
}
