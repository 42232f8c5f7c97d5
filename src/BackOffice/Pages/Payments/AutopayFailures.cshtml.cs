using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.BackOffice.Pages.Payments;

/// <summary>Autopay charges that failed (declined, or a bank debit reported failed later), newest first, for staff to follow up.</summary>
[Authorize(Roles = StaffRoles.AnyStaff)]
public sealed class AutopayFailuresModel(ListAutopayFailures failures) : PageModel
{
    public IReadOnlyList<AutopayFailureRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await failures.HandleAsync(Actor.FromPrincipal(User), ListAutopayFailures.DefaultSize, ct);
}
