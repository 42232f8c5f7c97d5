using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Pages.Meters;

/// <summary>The result of one read file import, from its import record.</summary>
public sealed class ImportModel(ReadImportHistory history) : PageModel
{
    public ReadImportRow Import { get; private set; } = null!;

    public ReadImportSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            (Import, Summary) = await history.GetAsync(Actor.FromPrincipal(User), id, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
