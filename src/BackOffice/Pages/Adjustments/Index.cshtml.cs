using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Adjustments;

/// <summary>Adjustment requests: the approval queue ("mine to approve"), or any status, reason or account.</summary>
public sealed class IndexModel(ListAdjustmentRequests list, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Status")]
    public AdjustmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Reason")]
    public AdjustmentReason? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Account number")]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Only requests I may approve")]
    public bool Mine { get; set; }

    public IReadOnlyList<AdjustmentRequestRow> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Requests = await list.HandleAsync(Actor.FromPrincipal(User), new AdjustmentFilter(Status, Reason, Account, Mine, 100), ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, string.Empty);
        }
    }
}
