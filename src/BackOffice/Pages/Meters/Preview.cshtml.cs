using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Meters;

/// <summary>
/// The preview of an uploaded read file, and its confirmation. Confirming imports the file stored at upload (found by
/// the token in the address, for its uploader only), runs every check again, then redirects to the import's result.
/// </summary>
public sealed class PreviewModel(StageReadFile staging, IStringLocalizer<SharedResource> t, ILogger<PreviewModel> logger) : PageModel
{
    public StagedReadFilePreview Staged { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid token, CancellationToken ct) =>
        await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(Guid token, CancellationToken ct)
    {
        try
        {
            var summary = await staging.ImportAsync(Actor.FromPrincipal(User), token, ct);
            TempData["StatusMessage"] = summary.NothingNew
                ? t["Nothing new: all {0} reads in this file were already imported.", summary.AlreadyImported.ToString("N0", CultureInfo.CurrentCulture)].Value
                : t["Imported {0} new reads.", summary.NewReads.ToString("N0", CultureInfo.CurrentCulture)].Value;
            return Redirect($"/Meters/Imports/{summary.ImportId:D}");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
        }
        catch (DbException ex)
        {
            // The import is one transaction: a database failure leaves nothing of it behind, so trying again is safe.
            logger.LogError(ex, "Read import of staged file {Token} failed", token);
            ModelState.AddModelError(string.Empty, t["The import failed and nothing was imported. Try again in a moment."]);
        }

        return await LoadAsync(token, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid token, CancellationToken ct)
    {
        await staging.DiscardAsync(Actor.FromPrincipal(User), token, ct);
        TempData["StatusMessage"] = t["The file was discarded; nothing was imported."].Value;
        return Redirect("/Meters");
    }

    private async Task<bool> LoadAsync(Guid token, CancellationToken ct)
    {
        try
        {
            Staged = await staging.PreviewAsync(Actor.FromPrincipal(User), token, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
