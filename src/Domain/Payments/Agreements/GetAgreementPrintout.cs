using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>An agreement ready to print: its details, the wording in the language asked for, the grace days and today's date.</summary>
public sealed record AgreementPrintout(AgreementDetails Agreement, AgreementWording Wording, int GraceDays, DateOnly Today);

/// <summary>
/// The printable agreement both sites show (the BackOffice for a counter signature, the Portal for the resident), read
/// under <see cref="GetPaymentAgreement"/>'s rules: a resident sees only linked accounts' agreements. The language is the
/// one asked for (en or es), else the account holder's, whatever the screen's language.
/// </summary>
public sealed class GetAgreementPrintout(GetPaymentAgreement get, IOptions<AgreementOptions> options, TimeProvider clock)
{
    public async Task<AgreementPrintout> HandleAsync(Actor actor, Guid id, string? language, CancellationToken ct = default)
    {
        var agreement = await get.HandleAsync(actor, id, ct);
        return new AgreementPrintout(agreement, AgreementWording.For(language ?? agreement.HolderLanguage), options.Value.GraceDays,
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }
}
