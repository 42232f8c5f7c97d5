using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Schedules;

/// <summary>Every stored version of every rate schedule, the one in effect today marked; a Supervisor can upload a new one.</summary>
public sealed class IndexModel(ListRateSchedules schedules) : PageModel
{
    public IReadOnlyList<RateScheduleSummary> Versions { get; private set; } = [];

    public bool CanUpload => User.IsInRole(StaffRoles.Supervisor);

    public async Task OnGetAsync(CancellationToken ct) => Versions = await schedules.HandleAsync(Actor.FromPrincipal(User), ct);
}
