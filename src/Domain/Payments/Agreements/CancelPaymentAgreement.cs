using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>Staff give a reason; a resident declining a draft need not.</summary>
public sealed record CancelPaymentAgreementInput(Guid AgreementId, string? Reason);

/// <summary>
/// Staff cancel a draft or active agreement, with a reason; a resident may decline a draft offered to them (not cancel
/// an active one). Cancelling posts nothing: what the agreement covered is simply owed as usual again.
/// </summary>
public sealed class CancelPaymentAgreement(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public const string DeclinedReason = "Declined by the customer";

    public async Task<PaymentAgreement> HandleAsync(Actor actor, CancelPaymentAgreementInput input, CancellationToken ct = default)
    {
        var agreement = await AgreementLoader.LoadForChangeAsync(db, access, actor, input.AgreementId, ct);
        var reason = input.Reason;
        if (!actor.IsStaff)
        {
            if (agreement.Status != PaymentAgreementStatus.Draft)
            {
                throw new DomainException(ErrorCodes.Forbidden, "Only a draft agreement can be declined; call customer service to change an accepted one.");
            }

            reason = string.IsNullOrWhiteSpace(reason) ? DeclinedReason : $"{DeclinedReason}: {reason.Trim()}";
        }

        var now = clock.GetUtcNow();
        var before = agreement.Status;
        agreement.Cancel(reason ?? string.Empty, actor.UserId, now);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "payment-agreement.cancel", nameof(PaymentAgreement), agreement.Id.ToString(),
            nameof(PaymentAgreement.Status), before.ToString(), $"{nameof(PaymentAgreementStatus.Cancelled)}: {agreement.CancellationReason}"));
        await AgreementSaving.SaveAsync(db, ct);
        return agreement;
    }
}
