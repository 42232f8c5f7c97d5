using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Estimates;

/// <summary>
/// An issued estimate version (?version=n, the current one otherwise) or, once converted, the water service agreement
/// (?agreement=true), as a printable document in the language asked for (?lang=en|es), whatever the screen language.
/// </summary>
public sealed class PrintModel(GetEstimate get) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "version")]
    public int? Version { get; set; }

    [FromQuery(Name = "agreement")]
    public bool Agreement { get; set; }

    [FromQuery(Name = "lang")]
    public string? Language { get; set; }

    public ContractorEstimate Estimate { get; private set; } = null!;

    public EstimateVersion Printed { get; private set; } = null!;

    public string? AccountNumber { get; private set; }

    public WaterServiceAgreementWording Wording { get; private set; } = WaterServiceAgreementWording.English;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            var details = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
            Estimate = details.Estimate;
            AccountNumber = details.AccountNumber;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        // The agreement prints the accepted (current) version; an estimate prints the version asked for.
        var version = Agreement ? (Estimate.AgreementNumber is null ? null : Estimate.Current) : Estimate.Versions.SingleOrDefault(v => v.Version == (Version ?? Estimate.CurrentVersion));
        if (version is null)
        {
            return NotFound();
        }

        Printed = version;
        Wording = WaterServiceAgreementWording.For(Language);
        return Page();
    }
}
