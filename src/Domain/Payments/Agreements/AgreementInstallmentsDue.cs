using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>What a bill shows of an active agreement: the lines due by the bill's due date and not yet paid.</summary>
public sealed record AgreementInstallmentsOnBill(Guid AgreementId, IReadOnlyList<InstallmentProgress> Lines)
{
    public Money Total => Lines.Select(l => l.Remaining).Sum();
}

/// <summary>
/// The "payment agreement installment due" section of a bill, read beside the bill rather than written into it: the
/// installments are already part of the balance the bill shows, so billing calculation and posting stay as they are.
/// The caller has already checked that the reader may see the bill's account.
/// </summary>
public sealed class AgreementInstallmentsDue(UtilityDbContext db, IOptions<AgreementOptions> options, TimeProvider clock)
{
    public async Task<AgreementInstallmentsOnBill?> ForBillAsync(Guid serviceAccountId, DateOnly dueOn, CancellationToken ct = default)
    {
        var agreement = await db.PaymentAgreements.AsNoTracking().Include(a => a.Installments)
            .SingleOrDefaultAsync(a => a.ServiceAccountId == serviceAccountId && a.Status == PaymentAgreementStatus.Active, ct);
        if (agreement is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var paid = await GetPaymentAgreement.PaidAsync(db, agreement, ct);
        var lines = AgreementProgress.Allocate(agreement.DueSchedule(), paid, today, options.Value.GraceDays)
            .Where(l => l.DueOn <= dueOn && l.State != InstallmentState.Paid)
            .ToList();
        return lines.Count == 0 ? null : new AgreementInstallmentsOnBill(agreement.Id, lines);
    }
}
