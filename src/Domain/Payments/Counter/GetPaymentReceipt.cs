using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Counter;

/// <summary>What a printed receipt shows, and where the payment stands now (a moved or returned one says so).</summary>
public sealed record PaymentReceipt(
    Guid PaymentId,
    Guid ServiceAccountId,
    string ReceiptNumber,
    string AccountNumber,
    string CustomerName,
    string ServiceAddress,
    Money Amount,
    Tender Tender,
    PaymentChannel Channel,
    string? Reference,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    PaymentStatus Status,
    string? ReversalReason,
    DateTimeOffset? PostedAt,
    DateTimeOffset? ReversedAt,
    Guid? CashierBatchId)
{
    /// <summary>The same payment as the payment history shows it (the API's Payment type).</summary>
    public PaymentSummary ToSummary() =>
        new(PaymentId, ServiceAccountId, AccountNumber, ReceiptNumber, Amount, Status, Tender, Channel, ReceivedAt, PostedAt, Reference, null, ReversalReason);
}

/// <summary>One payment as its receipt shows it, by id or by receipt number (staff only).</summary>
public sealed class GetPaymentReceipt(UtilityDbContext db)
{
    public async Task<PaymentReceipt> HandleAsync(Actor actor, Guid paymentId, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        return (await QueryAsync(db.Payments.Where(p => p.Id == paymentId), ct)).SingleOrDefault() ?? throw DomainException.NotFound("Payment");
    }

    public async Task<PaymentReceipt> FindAsync(Actor actor, string receiptNumber, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var number = (receiptNumber ?? string.Empty).Trim().ToUpperInvariant();
        return (await QueryAsync(db.Payments.Where(p => p.ReceiptNumber == number), ct)).SingleOrDefault()
            ?? throw new DomainException(ErrorCodes.NotFound, "No payment has that receipt number.", "receiptNumber");
    }

    /// <summary>The receipts of a batch's payments, in the order they were taken.</summary>
    public async Task<List<PaymentReceipt>> OfBatchAsync(Guid batchId, CancellationToken ct) =>
        await QueryAsync(db.Payments.Where(p => p.CashierBatchId == batchId), ct);

    private async Task<List<PaymentReceipt>> QueryAsync(IQueryable<Payment> payments, CancellationToken ct)
    {
        var rows = await payments.AsNoTracking()
            .Join(db.ServiceAccounts, p => p.ServiceAccountId, a => a.Id, (p, a) => new
            {
                Payment = p,
                a.Number,
                CustomerName = a.Customer!.Name,
                a.Premise!.ServiceAddress.Line1,
                a.Premise.ServiceAddress.City,
            })
            .OrderBy(r => r.Payment.ReceivedAt)
            .ToListAsync(ct);
        return rows.Select(r => new PaymentReceipt(r.Payment.Id, r.Payment.ServiceAccountId, r.Payment.ReceiptNumber, r.Number.Value, r.CustomerName, $"{r.Line1}, {r.City}",
                r.Payment.Amount, r.Payment.Tender, r.Payment.Channel, r.Payment.Reference, r.Payment.ReceivedAt, r.Payment.ReceivedBy, r.Payment.Status,
                r.Payment.ReversalReason, r.Payment.PostedAt, r.Payment.ReversedAt, r.Payment.CashierBatchId))
            .ToList();
    }
}
