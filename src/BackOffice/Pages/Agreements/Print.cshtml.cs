using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Agreements;

/// <summary>
/// The agreement as a printable document for the customer to sign at the counter, in the language asked for
/// (?lang=en|es; the customer's preferred language otherwise), whatever the staff member's screen language.
/// </summary>
public sealed class PrintModel(GetAgreementPrintout printout) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "lang")]
    public string? Language { get; set; }

    public AgreementPrintout Printout { get; private set; } = null!;

    public AgreementDetails Agreement => Printout.Agreement;

    public AgreementWording Wording => Printout.Wording;

    public int GraceDays => Printout.GraceDays;

    public DateOnly Today => Printout.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Printout = await printout.HandleAsync(Actor.FromPrincipal(User), Id, Language, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
