using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments;

/// <summary>
/// Puts a payment on the ledger: the journal entry and the payment's new status are written in one transaction, and
/// the entry's key (<see cref="Payment.JournalKey"/>) is unique, so a payment posts exactly once however many
/// times it is confirmed (duplicate webhooks, two nodes racing, a retry after a crash).
/// </summary>
public sealed class PostPayment(UtilityDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Posts a new payment taken in hand (counter, lockbox) or a tracked pending one. Other tracked changes (a batch
    /// total, a suspense line marked applied) are saved in the same transaction.
    /// </summary>
    public async Task<PostingOutcome> PostAsync(Payment payment, string postedBy, string description, CancellationToken ct = default)
    {
        if (payment.Status != PaymentStatus.Pending)
        {
            return PostingOutcome.AlreadyPosted;
        }

        Stage(payment, postedBy, description);
        try
        {
            await db.SaveChangesAsync(ct);
            return PostingOutcome.Posted;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var key = payment.JournalKey;
            if (await db.JournalEntries.AsNoTracking().AnyAsync(e => e.IdempotencyKey == key, ct))
            {
                // Someone else posted it first; our copy of the row was stale.
                return PostingOutcome.AlreadyPosted;
            }

            throw;
        }
    }

    /// <summary>
    /// Marks a pending payment posted and adds its journal entry, for the caller's next SaveChanges: several gateway
    /// events commit together this way. The entry's unique key still refuses a second posting at that SaveChanges.
    /// </summary>
    public void Stage(Payment payment, string postedBy, string description)
    {
        if (db.Entry(payment).State == EntityState.Detached)
        {
            db.Payments.Add(payment);
        }

        var entry = payment.ToJournalEntry(postedBy, description);
        payment.MarkPosted(entry.Id, clock.GetUtcNow());
        db.JournalEntries.Add(entry);
    }

    /// <summary>Confirms a pending payment by id (the gateway's webhook). Unknown or already settled: nothing posts.</summary>
    public async Task<PostingOutcome> ConfirmAsync(Guid paymentId, string postedBy, string description, CancellationToken ct = default)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, ct)
            ?? throw DomainException.NotFound("Payment");
        return await PostAsync(payment, postedBy, description, ct);
    }
}
