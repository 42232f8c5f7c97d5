using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Agreements;

/// <summary>
/// The agreement as a printable document for the customer to sign at the counter, in the language asked for
/// (?lang=en|es; the customer's preferred language otherwise), whatever the staff member's screen language.
/// </summary>
public sealed class PrintModel(GetPaymentAgreement get, IOptions<AgreementOptions> options, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "lang")]
    public string? Language { get; set; }

    public AgreementDetails Agreement { get; private set; } = null!;

    public AgreementWording Wording { get; private set; } = AgreementWording.English;

    public int GraceDays => options.Value.GraceDays;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Agreement = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        Wording = AgreementWording.For(Language ?? Agreement.HolderLanguage);
        return Page();
    }
}
