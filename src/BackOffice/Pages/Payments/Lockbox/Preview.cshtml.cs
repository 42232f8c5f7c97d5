using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Lockbox;

/// <summary>
/// The preview of an uploaded lockbox file, and its confirmation. Confirming imports the file stored at upload (for its
/// uploader only), checks everything again, then shows the batch.
/// </summary>
public sealed class PreviewModel(StageLockboxFile staging, IStringLocalizer<SharedResource> t, ILogger<PreviewModel> logger) : PageModel
{
    public StagedLockboxPreview Staged { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid token, CancellationToken ct) =>
        await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(Guid token, CancellationToken ct)
    {
        try
        {
            var summary = await staging.ImportAsync(Actor.FromPrincipal(User), token, ct);
            if (summary.BatchId is { } batchId)
            {
                TempData["StatusMessage"] = summary.SameFileAgain
                    ? t["This file was already imported; nothing new was posted."].Value
                    : t["Posted {0} payments; {1} went to the suspense queue.", summary.Matched.ToString("N0", CultureInfo.CurrentCulture),
                        summary.Suspense.ToString("N0", CultureInfo.CurrentCulture)].Value;
                return Redirect($"/Payments/Lockbox/Batches/{batchId:D}");
            }

            ModelState.AddModelError(string.Empty, t["Nothing was imported: the file has malformed lines."]);
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
            logger.LogError(ex, "Lockbox import of staged file {Token} failed", token);
            ModelState.AddModelError(string.Empty, t["The import failed and nothing was posted. Try again in a moment."]);
        }

        return await LoadAsync(token, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid token, CancellationToken ct)
    {
        await staging.DiscardAsync(Actor.FromPrincipal(User), token, ct);
        TempData["StatusMessage"] = t["The file was discarded; nothing was imported."].Value;
        return Redirect("/Payments/Lockbox");
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
