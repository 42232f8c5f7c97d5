using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Adjustments;

/// <summary>
/// After repairing a leak, a resident asks for a leak adjustment of one bill and uploads the plumber's invoice. The
/// use case applies the policy (one in 12 months, use above the average, proof attached); its errors come back next
/// to their fields and nothing is saved.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class LeakModel(ListAdjustableBills bills, CreateAdjustmentRequest create, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountBills> Accounts { get; private set; } = [];

    /// <summary>Names match the use case's error fields ("billId", "notes", "file").</summary>
    public sealed class InputModel
    {
        public Guid? BillId { get; set; }

        public string? Notes { get; set; }

        public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await bills.ForLinkedAccountsAsync(Actor.FromPrincipal(User), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        Accounts = await bills.ForLinkedAccountsAsync(actor, ct);
        var account = Accounts.FirstOrDefault(a => a.Bills.Any(b => b.Id == Input.BillId));
        if (account is null)
        {
            ModelState.AddModelError("Input.BillId", l["Choose the bill with the leak."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await using var invoice = Input.File?.OpenReadStream();
            var id = await create.HandleAsync(actor, CreateAdjustmentInput.LeakFromResident(account!.AccountNumber, Input.BillId, Input.Notes,
                invoice is null ? [] : [new StoreAttachmentInput(invoice, Input.File!.FileName, Input.File.ContentType)]), ct);
            TempData["StatusMessage"] = l["We received your leak adjustment request. We will review it and let you know."].Value;
            return RedirectToPage("/Adjustments/Details", new { id });
        }
        catch (DomainException ex) when (ex.Code is ErrorCodes.Invalid or ErrorCodes.Conflict)
        {
            ModelState.AddDomainErrors(ex, l);
            return Page();
        }
    }
}
