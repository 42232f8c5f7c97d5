using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// One receipt e-mail per payment a batch posted: to the resident who checked out, or else the account's customer;
/// nothing when there is no address. The addresses of the whole batch are read with two queries.
/// </summary>
internal sealed class GatewayReceipts(UtilityDbContext db, TimeProvider clock)
{
    public async Task QueueAsync(IReadOnlyList<Payment> posted, GatewayEventPayments found, CancellationToken ct)
    {
        if (posted.Count == 0)
        {
            return;
        }

        var accountIds = posted.Select(p => p.ServiceAccountId).Distinct().ToList();
        var accounts = await db.ServiceAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, Email = a.Customer!.Email, a.Customer.PreferredLanguage })
            .ToDictionaryAsync(a => a.Id, ct);
        var userIds = posted.Select(p => found.Checkout(p.CheckoutId)?.UserId).OfType<string>().Distinct().ToList();
        var users = userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.PreferredLanguage })
                .ToDictionaryAsync(u => u.Id, ct);

        foreach (var payment in posted)
        {
            var account = accounts[payment.ServiceAccountId];
            var (to, language) = found.Checkout(payment.CheckoutId)?.UserId is { } userId && users.GetValueOrDefault(userId) is { Email: { Length: > 0 } email } user
                ? (email, user.PreferredLanguage)
                : (account.Email, account.PreferredLanguage);
            if (!string.IsNullOrWhiteSpace(to))
            {
                db.OutboxMessages.Add(PaymentReceiptEmail.For(payment, account.Number.Value, to, language, clock.GetUtcNow()));
            }
        }
    }
}
