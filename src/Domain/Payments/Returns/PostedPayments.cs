using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Returns;

/// <summary>What moving a payment and recording a returned check share: finding a posted payment and its journal entry, and saving once.</summary>
internal static class PostedPayments
{
    /// <summary>The payment (tracked) and the entry that posted it. A pending, failed or already reversed payment is refused.</summary>
    public static async Task<(Payment Payment, JournalEntry Entry)> RequireAsync(UtilityDbContext db, Guid paymentId, string doing, CancellationToken ct)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "Payment not found.", "paymentId");
        switch (payment.Status)
        {
            case PaymentStatus.Pending:
                throw new DomainException(ErrorCodes.Conflict, $"That payment is still pending; only a posted payment can be {doing}.", "paymentId");
            case PaymentStatus.Failed:
                throw new DomainException(ErrorCodes.Conflict, $"That payment failed and never reached the ledger; it cannot be {doing}.", "paymentId");
            case PaymentStatus.Reversed:
                throw new DomainException(ErrorCodes.Conflict, $"That payment was already reversed ({payment.ReversalReason}); it cannot be {doing}.", "paymentId");
        }

        var entry = await db.JournalEntries.AsNoTracking().SingleAsync(e => e.Id == payment.JournalEntryId, ct);
        return (payment, entry);
    }

    /// <summary>
    /// Saves everything tracked in one transaction. False when the unique <paramref name="key"/> was already posted by
    /// someone else (a double click, another node): nothing of ours was saved.
    /// </summary>
    public static async Task<bool> SaveOnceAsync(UtilityDbContext db, string key, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.JournalEntries.AsNoTracking().AnyAsync(e => e.IdempotencyKey == key, ct))
            {
                return false;
            }

            throw;
        }
    }
}
