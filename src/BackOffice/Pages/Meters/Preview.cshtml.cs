using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Meters;

/// <summary>The preview of an uploaded read file, and its confirmation, which redirects to the import's result.</summary>
public sealed class PreviewModel(StageReadFile staging, IStringLocalizer<SharedResource> t, ILogger<PreviewModel> logger)
    : StagedFilePreviewModel<StagedReadFilePreview, ReadImportSummary>(staging, t, logger)
{
    protected override string UploadPage => "/Meters";

    protected override string ImportFailed => "The import failed and nothing was imported. Try again in a moment.";

    protected override IActionResult ShowImported(ReadImportSummary summary)
    {
        TempData["StatusMessage"] = summary.NothingNew
            ? T["Nothing new: all {0} reads in this file were already imported.", summary.AlreadyImported.ToString("N0", CultureInfo.CurrentCulture)].Value
            : T["Imported {0} new reads.", summary.NewReads.ToString("N0", CultureInfo.CurrentCulture)].Value;
        return Redirect($"/Meters/Imports/{summary.ImportId:D}");
    }
}
