using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Refunds;

/// <summary>How much may still be refunded from an account: its credit balance less refunds sent to the gateway and not yet answered.</summary>
public sealed record RefundAllowance(Money Balance, Money Credit, Money Pending)
{
    public Money Available => Credit - Pending is { IsNegative: true } ? Money.Zero : Credit - Pending;

    public static async Task<RefundAllowance> OfAsync(UtilityDbContext db, Guid accountId, CancellationToken ct)
    {
        // The casts through object let EF sum the columns behind Money on every provider (SQLite included).
        var balance = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId).SumAsync(e => (decimal)(object)e.Amount, ct);
        var pending = await db.Refunds.AsNoTracking().Where(r => r.ServiceAccountId == accountId && r.Status == RefundStatus.Pending)
            .SumAsync(r => (decimal)(object)r.Amount, ct);
        return new RefundAllowance(new Money(balance), new Money(balance < 0 ? -balance : 0m), new Money(pending));
    }

    /// <summary>What is left of a card payment to refund: its amount less its refunds posted or pending.</summary>
    public static async Task<Money> UnrefundedAsync(UtilityDbContext db, Payment payment, CancellationToken ct)
    {
        var refunded = await db.Refunds.AsNoTracking().Where(r => r.PaymentId == payment.Id && r.Status != RefundStatus.Declined)
            .SumAsync(r => (decimal)(object)r.Amount, ct);
        return payment.Amount - new Money(refunded);
    }
}
