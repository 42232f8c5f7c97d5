using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Meters;

/// <summary>
/// Meter reads: upload a read file for a preview, and the recent imports. The upload is checked and kept (compressed,
/// in the database, under a random token) until the specialist confirms it on the preview page, which imports that
/// stored file: nobody uploads twice, and any node behind the load balancer can take the confirmation.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class IndexModel(StageReadFile staging, ReadImportHistory history, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The file limit plus room for the rest of the form; the Domain refuses a file over its own limit with a clear message.</summary>
    public const long UploadLimit = StagedReadFile.MaxBytes + (1024 * 1024);

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public IReadOnlyList<ReadImportRow> Recent { get; private set; } = [];

    public sealed class UploadInput
    {
        [Display(Name = "Read file (CSV)")]
        public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => Recent = await history.RecentAsync(Actor.FromPrincipal(User), 20, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Input.File", t["Choose a read file (CSV) to upload."]);
        }
        else
        {
            try
            {
                await using var content = file.OpenReadStream();
                var staged = await staging.StageAsync(actor, file.FileName, content, ct);
                return Redirect($"/Meters/Preview/{staged.Token:D}");
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        Recent = await history.RecentAsync(actor, 20, ct);
        return Page();
    }
}
