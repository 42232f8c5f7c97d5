using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// Loads one agreement for a change, only if the caller may see its account: an agreement on someone else's account
/// answers "not found", exactly like one that does not exist.
/// </summary>
internal static class AgreementLoader
{
    public static async Task<PaymentAgreement> LoadForChangeAsync(UtilityDbContext db, AccountAccess access, Actor actor, Guid agreementId,
        CancellationToken ct)
    {
        var agreement = await db.PaymentAgreements.Include(a => a.Installments).SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null || !await access.CanSeeAsync(actor, agreement.ServiceAccountId, ct))
        {
            throw DomainException.NotFound("Payment agreement");
        }

        return agreement;
    }

    public static async Task<Money> BalanceAsync(UtilityDbContext db, Guid accountId, CancellationToken ct) =>
        (await AgreementCoverage.BalancesAsync(db, [accountId], ct)).GetValueOrDefault(accountId);
}
