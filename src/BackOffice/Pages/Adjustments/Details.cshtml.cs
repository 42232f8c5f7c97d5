using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Adjustments;

/// <summary>One request: what, why, how it was calculated, its files and history; approve or reject it when the reader may.</summary>
public sealed class DetailsModel(GetAdjustmentRequest get, ApproveAdjustmentRequest approve, RejectAdjustmentRequest reject, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    [Display(Name = "Why it is rejected")]
    public string? Reason { get; set; }

    public AdjustmentRequestDetails Adjustment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        DecideAsync(() => approve.HandleAsync(Actor.FromPrincipal(User), Id, ct), "The request was approved and posted to the account.", ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        DecideAsync(() => reject.HandleAsync(Actor.FromPrincipal(User), Id, Reason, ct), "The request was rejected.", ct);

    private async Task<IActionResult> DecideAsync(Func<Task> decide, string done, CancellationToken ct)
    {
        try
        {
            await decide();
            TempData["StatusMessage"] = t[done].Value;
            return Redirect($"/Adjustments/{Id}");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            // A refusal (own request, above the limit, already decided) is shown on the page, nothing changed.
            ModelState.AddDomainErrors(ex, t, string.Empty);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Adjustment = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
