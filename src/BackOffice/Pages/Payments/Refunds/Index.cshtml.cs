using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.BackOffice.Pages.Payments.Refunds;

/// <summary>Recent refunds, newest first, and where a Specialist II or above starts one for an account.</summary>
public sealed class IndexModel(ListRefunds refunds) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Account number")]
    public string? Account { get; set; }

    public IReadOnlyList<RefundView> Refunds { get; private set; } = [];

    public bool MayRefund { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MayRefund = RefundPages.MayRefund(User);
        Refunds = await refunds.HandleAsync(Actor.FromPrincipal(User), take: 100, ct: ct);
    }
}

internal static class RefundPages
{
    /// <summary>Only for showing or hiding the form; the use case enforces the rule.</summary>
    public static bool MayRefund(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.SpecialistII) || user.IsInRole(StaffRoles.SpecialistIII) || user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Administrator);
}
