using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>One failed autopay charge on the staff list.</summary>
public sealed record AutopayFailureRow(Guid ChargeId, string AccountNumber, string CustomerName, DateOnly DueOn, Money Amount, string? Reason,
    DateTimeOffset FailedAt, string ReceiptNumber, bool ResidentNotified);

/// <summary>
/// The staff list of autopay charges that failed, newest first: declined when charged, or a bank debit the gateway
/// reported failed later. Staff follow up with the customer; the list says whether the resident was told.
/// </summary>
public sealed class ListAutopayFailures(UtilityDbContext db)
{
    public const int DefaultSize = 100;

    public async Task<IReadOnlyList<AutopayFailureRow>> HandleAsync(Actor actor, int first = DefaultSize, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff see the autopay failures.");
        }

        var rows = await (from c in db.AutopayCharges.AsNoTracking()
                          join p in db.Payments on c.PaymentId equals p.Id
                          join a in db.ServiceAccounts on c.ServiceAccountId equals a.Id
                          where p.Status == PaymentStatus.Failed
                          select new
                          {
                              c.Id, a.Number, CustomerName = a.Customer!.Name, c.DueOn, c.Amount, Reason = p.FailureReason ?? c.FailureReason,
                              FailedAt = c.CompletedAt ?? c.CreatedAt, p.ReceiptNumber, c.BillId,
                          })
            .ToListAsync(ct);

        var keys = rows.Select(r => $"autopay-declined:{r.BillId:N}:email").ToList();
        var notified = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        // Ordered in memory: DateTimeOffset ordering is not translated on every provider, and the list is short.
        return rows.OrderByDescending(r => r.FailedAt).Take(Math.Clamp(first, 1, 500))
            .Select(r => new AutopayFailureRow(r.Id, r.Number.Value, r.CustomerName, r.DueOn, r.Amount, r.Reason, r.FailedAt, r.ReceiptNumber,
                notified.Contains($"autopay-declined:{r.BillId:N}:email")))
            .ToList();
    }
}
