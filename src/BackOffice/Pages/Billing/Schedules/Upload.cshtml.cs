using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Schedules;

/// <summary>
/// A Supervisor uploads a rate schedule document (JSON). The Domain validates it whole and stores it as the next
/// version of its code, audited; an invalid document is refused with every problem named by its field, and nothing
/// is stored. Anyone else is refused (403) before the file is read.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class UploadModel(UploadRateSchedule upload, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Room for the largest document the Domain accepts and the rest of the form; the Domain's own limit gives the message.</summary>
    public const long UploadLimit = (UploadRateSchedule.MaxDocumentLength * 4L) + (64 * 1024);

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public sealed class UploadInput
    {
        [Display(Name = "Rate schedule file (JSON)")]
        public IFormFile? File { get; set; }
    }

    public IActionResult OnGet() => IsSupervisor ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsSupervisor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var file = Input.File;
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(FileKey, t["Choose a rate schedule file (JSON)."]);
            return Page();
        }

        if (!file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(FileKey, t["A rate schedule is a .json file; {0} is not.", Path.GetFileName(file.FileName)]);
            return Page();
        }

        if (file.Length > UploadRateSchedule.MaxDocumentLength)
        {
            ModelState.AddModelError(FileKey, t["A rate schedule document is at most 256 KB."]);
            return Page();
        }

        string document;
        using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            document = await reader.ReadToEndAsync(ct);
        }

        try
        {
            var result = await upload.HandleAsync(Actor.FromPrincipal(User), new UploadRateScheduleInput(file.FileName, document), ct);
            var version = result.Version.ToString(CultureInfo.InvariantCulture);
            TempData["StatusMessage"] = result.Created
                ? t["Rate schedule {0} version {1} was stored. It prices periods ending on or after {2}.", result.Code, version, result.EffectiveFrom.ToString("d", CultureInfo.CurrentCulture)].Value
                : t["This document is the same as version {1} of {0}; nothing was stored.", result.Code, version].Value;
            return Redirect($"/Billing/Schedules/{Uri.EscapeDataString(result.Code)}/{version}");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException ex)
        {
            // Every problem of the document belongs to the file the Supervisor chose; each names its field (a JSON path).
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(FileKey, t[error.Message]);
            }

            return Page();
        }
    }

    private const string FileKey = "Input.File";

    private bool IsSupervisor => User.IsInRole(StaffRoles.Supervisor);
}
