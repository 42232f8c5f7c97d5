using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>The customer signed the printed agreement at the counter: who signed, and when (now when not given).</summary>
public sealed record RecordCounterSignatureInput(Guid AgreementId, string? SignerName, DateTimeOffset? SignedAt = null);

/// <summary>Staff record a signature taken on paper at the counter; the agreement becomes active.</summary>
public sealed class RecordCounterSignature(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<PaymentAgreement> HandleAsync(Actor actor, RecordCounterSignatureInput input, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff record a counter signature.");
        }

        var agreement = await AgreementLoader.LoadForChangeAsync(db, access, actor, input.AgreementId, ct);
        var now = clock.GetUtcNow();
        var signedAt = input.SignedAt ?? now;
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(input.SignerName))
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the name of the person who signed.", "signerName"));
        }
        else if (input.SignerName.Trim().Length > PaymentAgreement.NameMaxLength)
        {
            errors.Add(new(ErrorCodes.Invalid, $"The signer's name is at most {PaymentAgreement.NameMaxLength} characters.", "signerName"));
        }

        if (signedAt > now || signedAt < agreement.DraftedAt)
        {
            errors.Add(new(ErrorCodes.Invalid, "The signature time must be between the drafting of the agreement and now.", "signedAt"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        agreement.Accept(AgreementSignature.Counter, input.SignerName!, actor.UserId, await AgreementLoader.BalanceAsync(db, agreement.ServiceAccountId, ct), signedAt);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "payment-agreement.counter-signature", nameof(PaymentAgreement), agreement.Id.ToString(),
            nameof(PaymentAgreement.Status), nameof(PaymentAgreementStatus.Draft), $"{nameof(PaymentAgreementStatus.Active)} (counter, signed by {agreement.SignerName} at {signedAt:u})"));
        await AgreementSaving.SaveAsync(db, ct);
        return agreement;
    }
}
