using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Lockbox;

/// <summary>
/// Lockbox: upload the bank's file for a preview, and the imported batches. The upload is kept (compressed, in the
/// database, under a random token) until the specialist confirms it on the preview page, which imports that stored file.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class IndexModel(StageLockboxFile staging, LockboxBatches batches, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The file limit plus room for the rest of the form; the Domain refuses a larger file with a clear message.</summary>
    public const long UploadLimit = LockboxFile.MaxBytes + (1024 * 1024);

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public IReadOnlyList<LockboxBatchView> Batches { get; private set; } = [];

    public sealed class UploadInput
    {
        [Display(Name = "Lockbox file (CSV)")]
        public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Batches = await batches.ListAsync(Actor.FromPrincipal(User), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Input.File", t["Choose the bank's lockbox file (CSV) to upload."]);
        }
        else
        {
            try
            {
                await using var content = file.OpenReadStream();
                var staged = await staging.StageAsync(actor, file.FileName, content, ct);
                return Redirect($"/Payments/Lockbox/Preview/{staged.Token:D}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        Batches = await batches.ListAsync(actor, ct);
        return Page();
    }
}
