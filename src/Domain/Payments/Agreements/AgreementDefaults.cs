using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// The daily review of active agreements: fully paid ones are completed; one with a line unpaid beyond its due date
/// plus <see cref="AgreementOptions.GraceDays"/> is defaulted (what is left is simply owed again, and no longer kept out
/// of delinquency), and the customer is told by e-mail and, with consent, by text, through the outbox. Each agreement
/// changes and is notified in one transaction, under unique outbox keys, so it is notified once whatever the retries.
/// Staff see defaulted agreements on the BackOffice list.
/// </summary>
public sealed class AgreementDefaults(UtilityDbContext db, IOptions<AgreementOptions> options, QuietHours quietHours, TimeProvider clock)
{
    public const string Purpose = "AgreementDefault";
    public const string SystemActor = "agreement-review";

    /// <summary>Claims one batch and reviews it; answers how many agreements it reviewed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!await AgreementClaims.AnyDueAsync(db, today, now, ct))
        {
            return 0;
        }

        var ids = await AgreementClaims.ClaimAsync(db, settings.BatchSize, today, now, settings.ClaimTimeout, ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var accounts = await db.PaymentAgreements.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.ServiceAccountId).ToListAsync(ct);
        var balances = await AgreementCoverage.BalancesAsync(db, accounts, ct);
        foreach (var id in ids)
        {
            // One agreement per unit of work: a staff change racing with the review (the status is a concurrency token)
            // costs only this agreement's review, which the next round repeats if it is still active.
            db.ChangeTracker.Clear();
            var agreement = await db.PaymentAgreements.Include(a => a.Installments).SingleAsync(a => a.Id == id, ct);
            if (agreement.Status == PaymentAgreementStatus.Active)
            {
                var paid = AgreementPaid.From(agreement.CoveredAmount, agreement.BalanceAtAcceptance ?? agreement.CoveredAmount,
                    balances.GetValueOrDefault(agreement.ServiceAccountId));
                await ReviewAsync(agreement, paid, today, now, ct);
            }

            agreement.MarkReviewed(today);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return ids.Count;
    }

    private async Task ReviewAsync(PaymentAgreement agreement, AgreementPaid paid, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (paid.IsFullyPaid)
        {
            agreement.MarkCompleted(now);
            db.AuditEntries.Add(new AuditEntry(now, SystemActor, "payment-agreement.complete", nameof(PaymentAgreement), agreement.Id.ToString(),
                nameof(PaymentAgreement.Status), nameof(PaymentAgreementStatus.Active), nameof(PaymentAgreementStatus.Completed)));
            return;
        }

        var graceDays = options.Value.GraceDays;
        var missed = AgreementProgress.FirstMissed(AgreementProgress.Allocate(agreement.DueSchedule(), paid.Paid, today, graceDays));
        if (missed is null)
        {
            return;
        }

        agreement.MarkDefaulted(missed.Number, now);
        db.AuditEntries.Add(new AuditEntry(now, SystemActor, "payment-agreement.default", nameof(PaymentAgreement), agreement.Id.ToString(),
            nameof(PaymentAgreement.Status), nameof(PaymentAgreementStatus.Active),
            $"{nameof(PaymentAgreementStatus.Defaulted)}: installment {missed.Number} due {missed.DueOn:yyyy-MM-dd} unpaid after {graceDays} days"));
        await NotifyAsync(agreement, paid, now, ct);
    }

    private async Task NotifyAsync(PaymentAgreement agreement, AgreementPaid paid, DateTimeOffset now, CancellationToken ct)
    {
        var account = await db.ServiceAccounts.AsNoTracking().Include(a => a.Customer)
            .SingleAsync(a => a.Id == agreement.ServiceAccountId, ct);
        var customer = account.Customer!;
        var wording = AgreementWording.For(customer.PreferredLanguage);
        var number = account.Number.Value;
        var notBefore = quietHours.NextSendable(now);
        if (customer.Email is { } address)
        {
            db.Add(OutboxMessage.Email(Key(agreement, "email"), address, wording.Format(wording.DefaultSubject, number),
                wording.Format(wording.DefaultBody, customer.Name, number, options.Value.GraceDays, wording.FormatMoney(paid.Unpaid)),
                wording.Language, Purpose, account.Id, now, notBefore));
        }

        if (customer.SmsConsent.Given && customer.MobilePhone is { } mobile
            && !await db.SmsOptOuts.AnyAsync(o => o.PhoneNumber == mobile.E164 && o.OptedOut, ct))
        {
            db.Add(OutboxMessage.Sms(Key(agreement, "sms"), mobile, wording.Format(wording.DefaultSms, number, wording.FormatMoney(paid.Unpaid)),
                wording.Language, Purpose, account.Id, now, notBefore));
        }
    }

    private static string Key(PaymentAgreement agreement, string channel) => $"agreement-default:{agreement.Id:N}:{channel}";
}
