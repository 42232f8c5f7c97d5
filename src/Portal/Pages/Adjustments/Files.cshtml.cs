using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Adjustments;

/// <summary>Downloads a file of one of the resident's requests; anyone else's is the 404 page.</summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class FilesModel(ReadAttachment read) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var file = await read.HandleAsync(Actor.FromPrincipal(User), id, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
