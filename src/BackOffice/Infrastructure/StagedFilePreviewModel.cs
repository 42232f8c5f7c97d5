using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>
/// The preview of an uploaded import file (meter reads, lockbox) and its confirmation, found by the token in the address
/// and for its uploader only. Confirming imports the file stored at upload, which runs every check again; a broken rule
/// or a database failure shows on the preview, with nothing imported, so trying again is safe.
/// </summary>
public abstract class StagedFilePreviewModel<TPreview, TSummary>(IStagedFileImport<TPreview, TSummary> staging, IStringLocalizer<SharedResource> t, ILogger logger)
    : StaffStepPageModel(t)
{
    /// <summary>The staged file's token, from the address.</summary>
    [FromRoute]
    public Guid Token { get; set; }

    public TPreview Staged { get; private set; } = default!;

    /// <summary>Where the page goes back to once the file is discarded.</summary>
    protected abstract string UploadPage { get; }

    /// <summary>What a database failure during the import left undone, in the import's words.</summary>
    protected abstract string ImportFailed { get; }

    /// <summary>The page that shows what was imported, with its status message; null when the import took nothing (and said why).</summary>
    protected abstract IActionResult? ShowImported(TSummary summary);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        try
        {
            if (ShowImported(await staging.ImportAsync(Actor.FromPrincipal(User), Token, ct)) is { } imported)
            {
                return imported;
            }
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, T, prefix: string.Empty);
        }
        catch (DbException ex)
        {
            // The import is one transaction: a database failure leaves nothing of it behind.
            logger.LogError(ex, "Import of staged file {Token} failed", Token);
            ModelState.AddModelError(string.Empty, T[ImportFailed]);
        }

        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        await staging.DiscardAsync(Actor.FromPrincipal(User), Token, ct);
        TempData["StatusMessage"] = T["The file was discarded; nothing was imported."].Value;
        return Redirect(UploadPage);
    }

    protected override async Task LoadAsync(CancellationToken ct) => Staged = await staging.PreviewAsync(Actor.FromPrincipal(User), Token, ct);
}
