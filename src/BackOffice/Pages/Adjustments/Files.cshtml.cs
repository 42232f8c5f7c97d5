using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Adjustments;

/// <summary>Downloads one attached file; always as a download, never rendered in the staff site.</summary>
public sealed class FilesModel(ReadAttachment read) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var file = await read.HandleAsync(Actor.FromPrincipal(User), id, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
