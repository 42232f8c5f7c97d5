using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Counter;

/// <param name="Reference">Check or money order number (required for those), card last four or terminal reference (required for card-present); ignored for cash.</param>
public sealed record TakeCounterPaymentInput(Guid BatchId, string AccountNumber, decimal Amount, Tender Tender, string? Reference);

/// <summary>
/// A cashier takes a payment at the counter into their own open batch: it is posted to the ledger straight away with
/// a receipt number, in one transaction with the batch touch and the audit row.
/// </summary>
public sealed class TakeCounterPayment(UtilityDbContext db, AccountAccess access, PostPayment posting, GetPaymentReceipt receipts, TimeProvider clock)
{
    public async Task<PaymentReceipt> HandleAsync(Actor actor, TakeCounterPaymentInput input, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var amount = PaymentStaff.Amount(input.Amount);
        var reference = ReferenceFor(input.Tender, input.Reference);
        var accountId = await PaymentStaff.AccountAsync(access, actor, input.AccountNumber, "accountNumber", ct);
        var batch = await db.CashierBatches.SingleOrDefaultAsync(b => b.Id == input.BatchId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "Cashier batch not found.", "batchId");
        batch.AcceptPaymentFrom(actor.UserId);

        var now = clock.GetUtcNow();
        var payment = Payment.Received(accountId, amount, input.Tender, PaymentChannel.Counter, now, actor.Name, reference, cashierBatchId: batch.Id);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "TakeCounterPayment", nameof(Payment), payment.Id, "Amount", null,
            $"{amount} {input.Tender} {reference} receipt {payment.ReceiptNumber} batch {batch.Id}".Replace("  ", " ", StringComparison.Ordinal)));
        try
        {
            await posting.PostAsync(payment, actor.Name, Describe(payment), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.Conflict, "That batch was closed while the payment was being taken; nothing was posted.", "batchId");
        }

        return await receipts.HandleAsync(actor, payment.Id, ct);
    }

    /// <summary>The number a check or money order carries, or what identifies a card-present sale; cash has none.</summary>
    private static string? ReferenceFor(Tender tender, string? reference)
    {
        var text = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        return tender switch
        {
            Tender.Cash => null,
            Tender.Check => text ?? throw new DomainException(ErrorCodes.Invalid, "Enter the check number.", "reference"),
            Tender.MoneyOrder => text ?? throw new DomainException(ErrorCodes.Invalid, "Enter the money order number.", "reference"),
            Tender.CardPresent => text ?? throw new DomainException(ErrorCodes.Invalid, "Enter the card's last four digits or the terminal reference.", "reference"),
            _ => throw new DomainException(ErrorCodes.Invalid, "The counter takes cash, checks, money orders and cards on the terminal.", "tender"),
        };
    }

    private static string Describe(Payment payment) => payment.Tender switch
    {
        Tender.Cash => $"Counter payment, cash (receipt {payment.ReceiptNumber})",
        Tender.Check => $"Counter payment, check {payment.Reference} (receipt {payment.ReceiptNumber})",
        Tender.MoneyOrder => $"Counter payment, money order {payment.Reference} (receipt {payment.ReceiptNumber})",
        _ => $"Counter payment, card {payment.Reference} (receipt {payment.ReceiptNumber})",
    };
}
