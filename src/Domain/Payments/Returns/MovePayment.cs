using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.Domain.Payments.Returns;

public sealed record MovePaymentInput(Guid PaymentId, string ToAccountNumber, string? Reason);

public sealed record MovePaymentResult(Guid OriginalPaymentId, Guid NewPaymentId, string NewReceiptNumber, string FromAccountNumber, string ToAccountNumber);

/// <summary>
/// A payment posted to the wrong account is moved: its journal entry is reversed on the wrong account and a new payment
/// (same amount, tender, reference and received time) is posted on the right one, in one transaction, audited with
/// who, when and both accounts. The original stays in history as Reversed, saying where it went.
/// </summary>
public sealed class MovePayment(UtilityDbContext db, AccountAccess access, PostPayment posting, TimeProvider clock)
{
    public async Task<MovePaymentResult> HandleAsync(Actor actor, MovePaymentInput input, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var reason = PaymentStaff.Reason(input.Reason);
        var toAccountId = await PaymentStaff.AccountAsync(access, actor, input.ToAccountNumber, "toAccountNumber", ct);
        var (original, entry) = await PostedPayments.RequireAsync(db, input.PaymentId, "moved", ct);
        if (original.ServiceAccountId == toAccountId)
        {
            throw new DomainException(ErrorCodes.Invalid, "The payment is already on that account; choose the account it belongs to.", "toAccountNumber");
        }

        var from = await PaymentStaff.NumberOfAsync(db, original.ServiceAccountId, ct);
        var to = await PaymentStaff.NumberOfAsync(db, toAccountId, ct);
        var now = clock.GetUtcNow();
        var reversalKey = $"payment-move:{original.Id}";

        // The new payment is not part of any cashier or lockbox batch: the original still counts there, once.
        var moved = Payment.Received(toAccountId, original.Amount, original.Tender, original.Channel, original.ReceivedAt, original.ReceivedBy, original.Reference);
        if (original.GatewayReference is { } gatewayReference)
        {
            moved.AttachGatewayReference(gatewayReference);
        }

        db.JournalEntries.Add(entry.Reverse(reversalKey, BillingTime.Today(clock), now, actor.Name, $"payment {original.ReceiptNumber} moved to account {to}: {reason}"));
        original.MarkReversed($"Moved to account {to}: {reason}", now);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "MovePayment", nameof(Payment), original.Id, "ServiceAccount",
            $"{from} (receipt {original.ReceiptNumber})", $"{to} (receipt {moved.ReceiptNumber}): {reason}"));
        try
        {
            // PostPayment saves the reversal, the original's status and the audit row with the new payment: one transaction.
            await posting.PostAsync(moved, actor.Name, $"Payment moved from account {from} (receipt {original.ReceiptNumber}, {original.Tender} {original.Reference})".TrimEnd(), ct);
        }
        catch (DbUpdateException)
        {
            if (await db.JournalEntries.AsNoTracking().AnyAsync(e => e.IdempotencyKey == reversalKey || e.ReversesEntryId == entry.Id, ct))
            {
                throw new DomainException(ErrorCodes.Conflict, "That payment was moved or reversed by someone else meanwhile; nothing changed.", "paymentId");
            }

            throw;
        }

        return new MovePaymentResult(original.Id, moved.Id, moved.ReceiptNumber, from, to);
    }
}
