using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Lockbox;

/// <summary>The preview of an uploaded lockbox file, and its confirmation, which shows the batch.</summary>
public sealed class PreviewModel(StageLockboxFile staging, IStringLocalizer<SharedResource> t, ILogger<PreviewModel> logger)
    : StagedFilePreviewModel<StagedLockboxPreview, LockboxImportSummary>(staging, t, logger)
{
    protected override string UploadPage => "/Payments/Lockbox";

    protected override string ImportFailed => "The import failed and nothing was posted. Try again in a moment.";

    /// <summary>A file with malformed lines imports nothing and stays staged: the preview shows why.</summary>
    protected override IActionResult? ShowImported(LockboxImportSummary summary)
    {
        if (summary.BatchId is not { } batchId)
        {
            ModelState.AddModelError(string.Empty, T["Nothing was imported: the file has malformed lines."]);
            return null;
        }

        TempData["StatusMessage"] = summary.SameFileAgain
            ? T["This file was already imported; nothing new was posted."].Value
            : T["Posted {0} payments; {1} went to the suspense queue.", summary.Matched.ToString("N0", CultureInfo.CurrentCulture),
                summary.Suspense.ToString("N0", CultureInfo.CurrentCulture)].Value;
        return Redirect($"/Payments/Lockbox/Batches/{batchId:D}");
    }
}
