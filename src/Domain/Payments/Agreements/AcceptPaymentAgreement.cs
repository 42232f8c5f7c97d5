using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>The resident's signature in the Portal: the "I agree" box and the account holder's full name typed in.</summary>
public sealed record AcceptPaymentAgreementInput(Guid AgreementId, bool Agree, string? FullName);

/// <summary>
/// A resident accepts a draft agreement on one of their linked accounts. The typed name must be the account holder's
/// (spaces and letter case aside); the time and the user are recorded and the agreement becomes active.
/// </summary>
public sealed class AcceptPaymentAgreement(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<PaymentAgreement> HandleAsync(Actor actor, AcceptPaymentAgreementInput input, CancellationToken ct = default)
    {
        var agreement = await AgreementLoader.LoadForChangeAsync(db, access, actor, input.AgreementId, ct);
        var holder = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == agreement.ServiceAccountId)
            .Select(a => a.Customer!.Name).SingleAsync(ct);
        var errors = new List<DomainError>();
        if (!input.Agree)
        {
            errors.Add(new(ErrorCodes.Invalid, "Tick \"I agree\" to accept the agreement.", "agree"));
        }

        if (string.IsNullOrWhiteSpace(input.FullName))
        {
            errors.Add(new(ErrorCodes.Invalid, "Type the account holder's full name.", "fullName"));
        }
        else if (!SameName(input.FullName, holder))
        {
            errors.Add(new(ErrorCodes.Invalid, "The name typed does not match the account holder's name.", "fullName"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        var now = clock.GetUtcNow();
        agreement.Accept(AgreementSignature.Portal, input.FullName!, actor.UserId, await AgreementLoader.BalanceAsync(db, agreement.ServiceAccountId, ct), now);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "payment-agreement.accept", nameof(PaymentAgreement), agreement.Id.ToString(),
            nameof(PaymentAgreement.Status), nameof(PaymentAgreementStatus.Draft), $"{nameof(PaymentAgreementStatus.Active)} (Portal, signed as {agreement.SignerName})"));
        await AgreementSaving.SaveAsync(db, ct);
        return agreement;
    }

    /// <summary>Names compare without regard to letter case or repeated spaces: "maria  LOPEZ" signs for "Maria Lopez".</summary>
    public static bool SameName(string typed, string holder) =>
        string.Equals(Normalize(typed), Normalize(holder), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
