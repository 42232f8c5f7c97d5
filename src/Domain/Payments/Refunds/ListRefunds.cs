using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.Domain.Payments.Refunds;

/// <summary>A refund as staff see it; a declined one says why.</summary>
public sealed record RefundView(Guid Id, string AccountNumber, Money Amount, RefundMethod Method, RefundStatus Status, string Reason, string? Payee,
    string? MailingAddress, string? GatewayReference, string? DeclineReason, string RequestedBy, DateTimeOffset RequestedAt)
{
    public static RefundView Of(Refund r, string accountNumber) =>
        new(r.Id, accountNumber, r.Amount, r.Method, r.Status, r.Reason, r.Payee, r.MailingAddress?.ToString(), r.GatewayReference, r.DeclineReason, r.RequestedBy, r.RequestedAt);
}

/// <summary>A card payment of the account that can still be refunded, and how much of it.</summary>
public sealed record RefundableCardPayment(Guid PaymentId, string ReceiptNumber, DateTimeOffset ReceivedAt, Money Amount, Money Unrefunded);

/// <summary>What a refund form needs about one account: where its credit stands and which card payments can take a refund.</summary>
public sealed record RefundOptions(string AccountNumber, string CustomerName, PostalAddress? MailingAddress, RefundAllowance Allowance, IReadOnlyList<RefundableCardPayment> CardPayments);

/// <summary>Refunds, newest first (staff only), and what may be refunded from an account.</summary>
public sealed class ListRefunds(UtilityDbContext db, AccountAccess access)
{
    public const int MaxTake = 200;

    public async Task<IReadOnlyList<RefundView>> HandleAsync(Actor actor, string? accountNumber = null, int take = 50, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var query = db.Refunds.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(accountNumber))
        {
            var accountId = await PaymentStaff.AccountAsync(access, actor, accountNumber, "accountNumber", ct);
            query = query.Where(r => r.ServiceAccountId == accountId);
        }

        var rows = await query.OrderByDescending(r => r.RequestedAt).Take(Math.Clamp(take, 1, MaxTake))
            .Join(db.ServiceAccounts, r => r.ServiceAccountId, a => a.Id, (r, a) => new { Refund = r, a.Number })
            .ToListAsync(ct);
        return rows.Select(r => RefundView.Of(r.Refund, r.Number.Value)).ToList();
    }

    public async Task<RefundOptions> OptionsAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var accountId = await PaymentStaff.AccountAsync(access, actor, accountNumber, "accountNumber", ct);
        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Number, a.Customer!.Name, a.Customer.MailingAddress }).SingleAsync(ct);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.ServiceAccountId == accountId && p.Tender == Tender.Card && p.Status == PaymentStatus.Posted && p.GatewayReference != null)
            .OrderByDescending(p => p.ReceivedAt).Take(20)
            .Select(p => new { p.Id, p.ReceiptNumber, p.ReceivedAt, p.Amount })
            .ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var refunded = (await db.Refunds.AsNoTracking()
                .Where(r => r.PaymentId != null && ids.Contains(r.PaymentId.Value) && r.Status != RefundStatus.Declined)
                .Select(r => new { PaymentId = r.PaymentId!.Value, r.Amount })
                .ToListAsync(ct))
            .GroupBy(r => r.PaymentId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Amount).Sum());
        var cards = payments
            .Select(p => new RefundableCardPayment(p.Id, p.ReceiptNumber, p.ReceivedAt, p.Amount, p.Amount - refunded.GetValueOrDefault(p.Id, Money.Zero)))
            .Where(p => p.Unrefunded.IsPositive)
            .ToList();
        return new RefundOptions(account.Number.Value, account.Name, account.MailingAddress, await RefundAllowance.OfAsync(db, accountId, ct), cards);
    }
}
