using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments;

/// <summary>One payment as the history and the receipt show it: pending until the gateway confirms, then posted (or failed, or reversed).</summary>
public sealed record PaymentSummary(
    Guid Id,
    Guid ServiceAccountId,
    string AccountNumber,
    string ReceiptNumber,
    Money Amount,
    PaymentStatus Status,
    Tender Tender,
    PaymentChannel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? PostedAt,
    string? Reference,
    string? FailureReason,
    string? ReversalReason);

/// <summary>An account's payments, newest first: every payment for staff and for a resident linked to the account.</summary>
public sealed class ListPayments(UtilityDbContext db, AccountAccess access)
{
    /// <summary>Ten years of monthly payments and then some.</summary>
    public const int MaxPayments = 200;

    public async Task<IReadOnlyList<PaymentSummary>> HandleAsync(Actor actor, string accountNumber, int take = 50, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        return await SummariesAsync(db, db.Payments.Where(p => p.ServiceAccountId == accountId), Math.Clamp(take, 1, MaxPayments), ct);
    }

    /// <summary>
    /// The payments of many accounts in one query, for callers that already authorized each account through the use
    /// cases (the API's account nodes): the same order as <see cref="HandleAsync"/>, at most <see cref="MaxPayments"/> each.
    /// </summary>
    public async Task<Dictionary<Guid, IReadOnlyList<PaymentSummary>>> ForAuthorizedAccountsAsync(IReadOnlyCollection<Guid> accountIds,
        CancellationToken ct = default)
    {
        var list = await SummariesAsync(db, db.Payments.Where(p => accountIds.Contains(p.ServiceAccountId)), int.MaxValue, ct);
        return list.GroupBy(p => p.ServiceAccountId).ToDictionary(g => g.Key, g => (IReadOnlyList<PaymentSummary>)g.Take(MaxPayments).ToList());
    }

    /// <summary>Newest first, projected with the account number; shared with the receipt query.</summary>
    internal static async Task<List<PaymentSummary>> SummariesAsync(UtilityDbContext db, IQueryable<Payment> payments, int take, CancellationToken ct)
    {
        var rows = await payments.AsNoTracking()
            .OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Id)
            .Take(take)
            .Join(db.ServiceAccounts, p => p.ServiceAccountId, a => a.Id, (p, a) => new { Payment = p, a.Number })
            .ToListAsync(ct);
        return rows.Select(r => new PaymentSummary(r.Payment.Id, r.Payment.ServiceAccountId, r.Number.Value, r.Payment.ReceiptNumber, r.Payment.Amount,
                r.Payment.Status, r.Payment.Tender, r.Payment.Channel, r.Payment.ReceivedAt, r.Payment.PostedAt, r.Payment.Reference,
                r.Payment.FailureReason, r.Payment.ReversalReason))
            .ToList();
    }
}
