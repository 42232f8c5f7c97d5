using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>A payment that failed after the customer had left the payment page, and why.</summary>
internal sealed record LateFailure(Payment Payment, string Reason);

/// <summary>
/// The e-mails a batch of gateway events sends, written with it: one receipt per payment it posted, and one notice per
/// payment that failed after the customer had left the page. Each goes to the resident who checked out, or else the
/// account's customer; nothing when there is no address. The addresses of the whole batch are read with two queries.
/// </summary>
internal sealed class GatewayReceipts(UtilityDbContext db, TimeProvider clock)
{
    public async Task QueueAsync(IReadOnlyList<Payment> posted, IReadOnlyList<LateFailure> failed, GatewayEventPayments found, CancellationToken ct)
    {
        if (posted.Count == 0 && failed.Count == 0)
        {
            return;
        }

        var payments = posted.Concat(failed.Select(f => f.Payment)).ToList();
        var accountIds = payments.Select(p => p.ServiceAccountId).Distinct().ToList();
        var accounts = await db.ServiceAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, Email = a.Customer!.Email, a.Customer.PreferredLanguage })
            .ToDictionaryAsync(a => a.Id, ct);
        var userIds = payments.Select(p => found.Checkout(p.CheckoutId)?.UserId).OfType<string>().Distinct().ToList();
        var users = userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.PreferredLanguage })
                .ToDictionaryAsync(u => u.Id, ct);

        void Queue(Payment payment, Func<string, string, string, OutboxMessage> message)
        {
            var account = accounts[payment.ServiceAccountId];
            var (to, language) = found.Checkout(payment.CheckoutId)?.UserId is { } userId && users.GetValueOrDefault(userId) is { Email: { Length: > 0 } email } user
                ? (email, user.PreferredLanguage)
                : (account.Email, account.PreferredLanguage);
            if (!string.IsNullOrWhiteSpace(to))
            {
                db.OutboxMessages.Add(message(account.Number.Value, to, language));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var payment in posted)
        {
            Queue(payment, (number, to, language) => PaymentReceiptEmail.For(payment, number, to, language, now));
        }

        foreach (var failure in failed)
        {
            Queue(failure.Payment, (number, to, language) => PaymentFailureEmail.For(failure.Payment, number, to, language, failure.Reason, now));
        }
    }
}
