using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>One agreement in a list.</summary>
public sealed record AgreementSummary(Guid Id, string AccountNumber, string HolderName, PaymentAgreementStatus Status, Money Covered, Money DownPayment,
    int InstallmentCount, DateOnly FirstDueOn, DateTimeOffset DraftedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? ClosedAt);

/// <summary>
/// The agreements of one account, newest first (a resident's own linked account, or any for staff), and, for staff,
/// every agreement in one status (the defaulted list).
/// </summary>
public sealed class ListPaymentAgreements(UtilityDbContext db, AccountAccess access)
{
    public const int MaxShown = 200;

    public async Task<IReadOnlyList<AgreementSummary>> ForAccountAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        return await SummariesAsync(db.PaymentAgreements.Where(a => a.ServiceAccountId == accountId), ct);
    }

    public async Task<IReadOnlyList<AgreementSummary>> ByStatusAsync(Actor actor, PaymentAgreementStatus status, CancellationToken ct = default)
    {
        DraftPaymentAgreement.RequireStaff(actor);
        return await SummariesAsync(db.PaymentAgreements.Where(a => a.Status == status), ct);
    }

    private async Task<IReadOnlyList<AgreementSummary>> SummariesAsync(IQueryable<PaymentAgreement> agreements, CancellationToken ct)
    {
        var rows = await agreements.AsNoTracking()
            .OrderByDescending(a => a.DraftedAt)
            .Take(MaxShown)
            .Join(db.ServiceAccounts, a => a.ServiceAccountId, s => s.Id, (a, s) => new
            {
                a.Id, s.Number, s.Customer!.Name, a.Status, a.CoveredAmount, a.DownPayment, a.InstallmentCount, a.FirstDueOn, a.DraftedAt, a.AcceptedAt,
                a.CancelledAt, a.DefaultedAt, a.CompletedAt,
            })
            .ToListAsync(ct);
        return rows.Select(r => new AgreementSummary(r.Id, r.Number.Value, r.Name, r.Status, r.CoveredAmount, r.DownPayment, r.InstallmentCount,
                r.FirstDueOn, r.DraftedAt, r.AcceptedAt, r.CancelledAt ?? r.DefaultedAt ?? r.CompletedAt))
            .ToList();
    }
}
