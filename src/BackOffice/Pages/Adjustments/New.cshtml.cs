using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Adjustments;

/// <summary>
/// A specialist prepares an adjustment request for an account (optionally for one of its bills): an amount, or a
/// recalculation (the leak policy, or corrected gallons). The use case applies every rule; the request then waits
/// for someone else to approve it.
/// </summary>
public sealed class NewModel(ListAdjustableBills bills, CreateAdjustmentRequest create, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Bill { get; set; }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<AdjustableBill>? Bills { get; private set; }

    /// <summary>Property names match CreateAdjustmentInput, so a DomainError's field lands on its input.</summary>
    public sealed class RequestInput
    {
        [Display(Name = "Reason")]
        public AdjustmentReason Reason { get; set; } = AdjustmentReason.Courtesy;

        [Display(Name = "How the amount is found")]
        public AdjustmentBasis Basis { get; set; } = AdjustmentBasis.Amount;

        [Display(Name = "Credit or debit")]
        public AdjustmentDirection Direction { get; set; } = AdjustmentDirection.Credit;

        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }

        [Display(Name = "Bill")]
        public Guid? BillId { get; set; }

        [Display(Name = "Corrected gallons")]
        public long? CorrectedGallons { get; set; }

        [Display(Name = "Notes")]
        public string? Notes { get; set; }

        [Display(Name = "Attachments (PDF, JPEG or PNG)")]
        public List<IFormFile> File { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.BillId = Bill;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var streams = Input.File.Where(f => f.Length > 0).Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
            try
            {
                var id = await create.HandleAsync(Actor.FromPrincipal(User), new CreateAdjustmentInput(Account ?? string.Empty, Input.Reason, Input.Basis,
                    Input.Direction, Input.Amount, Input.BillId, Input.CorrectedGallons, Input.Notes,
                    streams.Select(s => new StoreAttachmentInput(s.Stream, s.File.FileName, s.File.ContentType)).ToList()), ct);
                TempData["StatusMessage"] = t["The adjustment request was saved; it waits for approval by someone else."].Value;
                return Redirect($"/Adjustments/{id}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
            finally
            {
                foreach (var (_, stream) in streams)
                {
                    await stream.DisposeAsync();
                }
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Account))
        {
            return;
        }

        try
        {
            Bills = await bills.HandleAsync(Actor.FromPrincipal(User), Account, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, string.Empty);
        }
    }
}
