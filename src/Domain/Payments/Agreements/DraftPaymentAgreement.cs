using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>What staff type in to draft (or preview) an agreement.</summary>
public sealed record DraftPaymentAgreementInput(string AccountNumber, decimal Covered, decimal DownPayment, int Installments, DateOnly FirstDueOn,
    string? Terms);

/// <summary>The schedule an agreement would have, shown before it is saved.</summary>
public sealed record AgreementPreview(string AccountNumber, Money Owed, AgreementTerms Terms, IReadOnlyList<ScheduledInstallment> Schedule);

/// <summary>
/// A specialist drafts a payment agreement for an account: the terms are checked against what the account owes today
/// and the configured maximum of installments, the schedule is fixed, and the draft waits for the customer's signature.
/// One draft or active agreement per account. <see cref="PreviewAsync"/> runs the same checks and saves nothing.
/// </summary>
public sealed class DraftPaymentAgreement(UtilityDbContext db, AccountAccess access, IOptions<AgreementOptions> options, TimeProvider clock)
{
    public async Task<AgreementPreview> PreviewAsync(Actor actor, DraftPaymentAgreementInput input, CancellationToken ct = default) =>
        (await CheckAsync(actor, input, ct)).Preview;

    public async Task<PaymentAgreement> HandleAsync(Actor actor, DraftPaymentAgreementInput input, CancellationToken ct = default)
    {
        var (accountId, preview) = await CheckAsync(actor, input, ct);
        await RequireNoOpenAgreementAsync(db, accountId, ct);

        var now = clock.GetUtcNow();
        var agreement = PaymentAgreement.Draft(accountId, preview.Terms, now, actor.UserId);
        db.PaymentAgreements.Add(agreement);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "payment-agreement.draft", nameof(PaymentAgreement), agreement.Id.ToString(), null, null,
            $"{preview.AccountNumber}: {agreement.CoveredAmount} covered, {agreement.DownPayment} down, {agreement.InstallmentCount} installments from {agreement.FirstDueOn:yyyy-MM-dd}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two drafts racing for one account: the unique index on OpenForAccountId lets only one in.
            db.ChangeTracker.Clear();
            await RequireNoOpenAgreementAsync(db, accountId, ct);
            throw;
        }

        return agreement;
    }

    private async Task<(Guid AccountId, AgreementPreview Preview)> CheckAsync(Actor actor, DraftPaymentAgreementInput input, CancellationToken ct)
    {
        RequireStaff(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber, ct);
        var owed = (await AgreementCoverage.BalancesAsync(db, [accountId], ct)).GetValueOrDefault(accountId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var terms = AgreementTerms.Create(input.Covered, input.DownPayment, input.Installments, input.FirstDueOn, input.Terms, owed,
            options.Value.MaxInstallments, today);
        return (accountId, new AgreementPreview(AccountNumber.Parse(input.AccountNumber).Value, owed, terms, terms.Schedule()));
    }

    internal static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff draft payment agreements.");
        }
    }

    private static async Task RequireNoOpenAgreementAsync(UtilityDbContext db, Guid accountId, CancellationToken ct)
    {
        if (await db.PaymentAgreements.AnyAsync(a => a.OpenForAccountId == accountId, ct))
        {
            throw new DomainException(ErrorCodes.Conflict,
                "This account already has a draft or active payment agreement; cancel it before drafting another.", "accountNumber");
        }
    }
}
