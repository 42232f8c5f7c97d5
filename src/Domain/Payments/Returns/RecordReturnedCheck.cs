using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.Domain.Payments.Returns;

/// <param name="Reason">What the bank said (insufficient funds, account closed, stop payment).</param>
public sealed record RecordReturnedCheckInput(Guid PaymentId, string? Reason);

/// <param name="AlreadyRecorded">True when the return had been recorded before: nothing new was posted.</param>
public sealed record ReturnedCheckResult(Guid PaymentId, string AccountNumber, Money Reversed, Money Fee, bool AlreadyRecorded);

/// <summary>
/// The bank returned a check (taken at the counter or in a lockbox file): the payment is reversed and the
/// returned-payment fee of the rate schedule in effect today is charged, in one transaction, audited. A return is
/// recorded once: recording it again (a double click, a second node) posts nothing and answers what was recorded.
/// </summary>
public sealed class RecordReturnedCheck(UtilityDbContext db, RateScheduleCatalog schedules, TimeProvider clock)
{
    /// <summary>The rate schedule's fee for a returned payment (shared/rates/README.md, <c>fees.returnedPayment</c>).</summary>
    public const string FeeName = "returnedPayment";

    public async Task<ReturnedCheckResult> HandleAsync(Actor actor, RecordReturnedCheckInput input, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var reason = PaymentStaff.Reason(input.Reason);
        if (await RecordedAsync(input.PaymentId, ct) is { } recorded)
        {
            return recorded;
        }

        var (payment, entry) = await PostedPayments.RequireAsync(db, input.PaymentId, "returned", ct);
        if (payment.Tender != Tender.Check)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Only a check can be returned by the bank; this payment was {payment.Tender}.", "paymentId");
        }

        var today = BillingTime.Today(clock);
        var fee = await FeeAsync(today, ct);
        var now = clock.GetUtcNow();
        var account = await PaymentStaff.NumberOfAsync(db, payment.ServiceAccountId, ct);
        db.JournalEntries.Add(entry.Reverse(ReversalKey(payment.Id), today, now, actor.Name, $"check {payment.Reference} returned: {reason}"));
        if (fee.IsPositive)
        {
            db.JournalEntries.Add(JournalEntry.Charge(payment.ServiceAccountId, fee, FeeKey(payment.Id), today, now, actor.Name,
                $"Returned check fee (check {payment.Reference}, receipt {payment.ReceiptNumber})"));
        }

        payment.MarkReversed($"Returned check: {reason}", now);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "RecordReturnedCheck", nameof(Payment), payment.Id, "Status", nameof(PaymentStatus.Posted),
            $"Reversed: returned check ({reason}); fee {fee}"));
        if (!await PostedPayments.SaveOnceAsync(db, ReversalKey(payment.Id), ct))
        {
            return await RecordedAsync(payment.Id, ct) ?? throw new InvalidOperationException("A recorded return vanished.");
        }

        return new ReturnedCheckResult(payment.Id, account, payment.Amount, fee, AlreadyRecorded: false);
    }

    private static string ReversalKey(Guid paymentId) => $"returned-check:{paymentId}";

    private static string FeeKey(Guid paymentId) => $"returned-check-fee:{paymentId}";

    private async Task<Money> FeeAsync(DateOnly today, CancellationToken ct)
    {
        var schedule = await schedules.InEffectOnAsync(today, ct)
            ?? throw new DomainException(ErrorCodes.Invalid, "No rate schedule is in effect today, so there is no returned-payment fee to charge; load one first.");
        return schedule.Schedule.Fees.TryGetValue(FeeName, out var fee)
            ? Money.Round(fee)
            : throw new DomainException(ErrorCodes.Invalid, $"The rate schedule {schedule.Ref.Code} has no returned-payment fee (fees.{FeeName}).");
    }

    private async Task<ReturnedCheckResult?> RecordedAsync(Guid paymentId, CancellationToken ct)
    {
        var keys = new[] { ReversalKey(paymentId), FeeKey(paymentId) };
        var entries = await db.JournalEntries.AsNoTracking().Where(e => keys.Contains(e.IdempotencyKey))
            .Select(e => new { e.IdempotencyKey, e.Amount, e.ServiceAccountId }).ToListAsync(ct);
        var reversal = entries.FirstOrDefault(e => e.IdempotencyKey == keys[0]);
        if (reversal is null)
        {
            return null;
        }

        var fee = entries.FirstOrDefault(e => e.IdempotencyKey == keys[1])?.Amount ?? Money.Zero;
        return new ReturnedCheckResult(paymentId, await PaymentStaff.NumberOfAsync(db, reversal.ServiceAccountId, ct), reversal.Amount, fee, AlreadyRecorded: true);
    }
}
