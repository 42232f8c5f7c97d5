using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>Everything the agreement page, its printout and the API show about one agreement.</summary>
public sealed record AgreementDetails(
    Guid Id,
    Guid ServiceAccountId,
    string AccountNumber,
    string HolderName,
    string HolderLanguage,
    string ServiceAddress,
    PaymentAgreementStatus Status,
    Money Covered,
    Money DownPayment,
    int InstallmentCount,
    DateOnly FirstDueOn,
    string Terms,
    DateTimeOffset DraftedAt,
    DateTimeOffset? AcceptedAt,
    AgreementSignature? SignedVia,
    string? SignerName,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    DateTimeOffset? DefaultedAt,
    DateTimeOffset? CompletedAt,
    Money Paid,
    IReadOnlyList<InstallmentProgress> Schedule)
{
    public Money Unpaid => Covered - Paid;
}

/// <summary>One agreement, for staff or for a resident linked to its account (anyone else gets "not found").</summary>
public sealed class GetPaymentAgreement(UtilityDbContext db, AccountAccess access, IOptions<AgreementOptions> options, TimeProvider clock)
{
    public async Task<AgreementDetails> HandleAsync(Actor actor, Guid agreementId, CancellationToken ct = default)
    {
        var agreement = await db.PaymentAgreements.AsNoTracking().Include(a => a.Installments).SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null || !await access.CanSeeAsync(actor, agreement.ServiceAccountId, ct))
        {
            throw DomainException.NotFound("Payment agreement");
        }

        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == agreement.ServiceAccountId)
            .Select(a => new { a.Number, a.Customer!.Name, a.Customer.PreferredLanguage, a.Premise!.ServiceAddress })
            .SingleAsync(ct);
        var paid = await PaidAsync(db, agreement, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var schedule = AgreementProgress.Allocate(agreement.DueSchedule(), paid, today, options.Value.GraceDays);
        return new AgreementDetails(agreement.Id, agreement.ServiceAccountId, account.Number.Value, account.Name, account.PreferredLanguage,
            account.ServiceAddress.ToString(), agreement.Status, agreement.CoveredAmount, agreement.DownPayment, agreement.InstallmentCount,
            agreement.FirstDueOn, agreement.Terms, agreement.DraftedAt, agreement.AcceptedAt, agreement.SignedVia, agreement.SignerName,
            agreement.CancelledAt, agreement.CancellationReason, agreement.DefaultedAt, agreement.CompletedAt, paid, schedule);
    }

    /// <summary>Paid so far: counted from the balance while active or defaulted, all of it once completed, nothing before acceptance.</summary>
    internal static async Task<Money> PaidAsync(UtilityDbContext db, PaymentAgreement agreement, CancellationToken ct) => agreement.Status switch
    {
        PaymentAgreementStatus.Completed => agreement.CoveredAmount,
        PaymentAgreementStatus.Active or PaymentAgreementStatus.Defaulted when agreement.BalanceAtAcceptance is { } start =>
            AgreementPaid.From(agreement.CoveredAmount, start, await AgreementLoader.BalanceAsync(db, agreement.ServiceAccountId, ct)).Paid,
        _ => Money.Zero,
    };
}
