using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Refunds;

/// <summary>
/// The gateway reports a refund (Stripe's <c>charge.refunded</c>). Each refund reference is posted once: one already
/// recorded posts nothing; one of ours still waiting for the gateway's answer is matched and posted; one made on the
/// gateway's dashboard is recorded as a refund of that payment and posted, so the ledger shows every refund.
/// </summary>
public sealed class GatewayRefundRecorder(UtilityDbContext db, TimeProvider clock) : IGatewayRefundRecorder
{
    public const string RecordedBy = "payment gateway";

    public async Task RecordAsync(string paymentReference, string refundReference, Money amount, CancellationToken ct = default)
    {
        var known = await db.Refunds.SingleOrDefaultAsync(r => r.GatewayReference == refundReference, ct);
        if (known is not null)
        {
            if (known.Status == RefundStatus.Pending)
            {
                await PostOnceAsync(db, known, refundReference, BillingTime.Today(clock), clock.GetUtcNow(), RecordedBy, ct);
            }

            return;
        }

        // A payment moved to another account keeps its gateway reference: the posted copy is the one refunded.
        var payment = await db.Payments.AsNoTracking()
            .Where(p => p.GatewayReference == paymentReference)
            .OrderBy(p => p.Status == PaymentStatus.Posted ? 0 : 1)
            .FirstOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"No payment has the gateway reference {paymentReference}; the refund {refundReference} cannot be recorded.");

        // Ours, sent to the gateway, whose answer has not been saved yet (the webhook can outrun it).
        var waiting = await db.Refunds
            .Where(r => r.PaymentId == payment.Id && r.Status == RefundStatus.Pending && r.GatewayReference == null)
            .OrderBy(r => r.RequestedAt)
            .ToListAsync(ct);
        var refund = waiting.FirstOrDefault(r => r.Amount == amount);
        if (refund is null)
        {
            refund = Refund.Reported(payment.ServiceAccountId, payment.Id, amount, refundReference, RecordedBy, clock.GetUtcNow());
            db.Refunds.Add(refund);
        }

        await PostOnceAsync(db, refund, refundReference, BillingTime.Today(clock), clock.GetUtcNow(), RecordedBy, ct);
    }

    /// <summary>
    /// Attaches the gateway's refund id and posts the refund's journal entry, in one transaction. When someone else
    /// (the webhook, the staff request) got there first, the unique keys refuse the second copy and nothing more posts.
    /// </summary>
    internal static async Task PostOnceAsync(UtilityDbContext db, Refund refund, string reference, DateOnly today, DateTimeOffset at, string postedBy, CancellationToken ct)
    {
        if (refund.Status != RefundStatus.Pending)
        {
            return;
        }

        refund.AttachGatewayReference(reference);
        db.JournalEntries.Add(refund.Post(today, at, postedBy));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var key = refund.JournalKey;
            if (await db.Refunds.AsNoTracking().AnyAsync(r => r.GatewayReference == reference, ct)
                || await db.JournalEntries.AsNoTracking().AnyAsync(e => e.IdempotencyKey == key, ct))
            {
                return;
            }

            throw;
        }
    }
}
