using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// Tells a customer about a high bill before it is issued, in their language: a notice on the Portal dashboard, an
/// e-mail if we have their address, and a text if they consented and their mobile number has not opted out. The
/// e-mail and text go through the outbox, so they leave in the background, outside quiet hours, with retries.
/// One bill is notified once: a repeated call, or two at once, add nothing.
/// </summary>
public sealed class HighBillNotifier(UtilityDbContext db, QuietHours quietHours, IOptions<OutboxOptions> options, TimeProvider clock) : IHighBillNotifier
{
    public const string Purpose = "HighBill";

    public async Task NotifyAsync(HighBillNotice notice, CancellationToken ct = default)
    {
        if (await AlreadyNotifiedAsync(notice.BillId, ct))
        {
            return;
        }

        var account = await db.ServiceAccounts.AsNoTracking().Include(a => a.Customer)
            .SingleOrDefaultAsync(a => a.Id == notice.ServiceAccountId, ct) ?? throw DomainException.NotFound("Service account");
        var customer = account.Customer!;
        var now = clock.GetUtcNow();
        var notBefore = quietHours.NextSendable(now);
        var facts = new HighBillFacts(account.Number.Value, notice.ProjectedAmount, notice.UsageGallons, notice.AverageGallons, notice.PeriodEnd);
        var wording = HighBillWording.For(customer.PreferredLanguage);
        var language = customer.PreferredLanguage;

        var added = new List<object> { new HighBillPortalNotice(notice, now) };
        if (customer.SmsConsent.Given && customer.MobilePhone is { } mobile
            && !await db.SmsOptOuts.AnyAsync(o => o.PhoneNumber == mobile.E164 && o.OptedOut, ct))
        {
            added.Add(OutboxMessage.Sms(Key(notice, "sms"), mobile, wording.SmsBody(facts), language, Purpose, account.Id, now, notBefore));
        }

        if (customer.Email is { } address)
        {
            var page = options.Value.PortalUrl is { } portal ? new Uri(portal, $"Accounts/{account.Number.Value}") : null;
            added.Add(OutboxMessage.Email(Key(notice, "email"), address, wording.EmailSubject(facts), wording.EmailBody(facts, customer.Name, page),
                language, Purpose, account.Id, now, notBefore));
        }

        db.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            foreach (var entity in added)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            // Another node notified the same bill a moment earlier (the unique bill id refused ours): its notice stands.
            if (!await db.HighBillPortalNotices.AnyAsync(n => n.BillId == notice.BillId, ct))
            {
                throw;
            }
        }
    }

    private static string Key(HighBillNotice notice, string channel) => $"high-bill:{notice.BillId:N}:{channel}";

    /// <summary>In the database or already added to this unit of work (a bill run notifying bill after bill before it saves).</summary>
    private async Task<bool> AlreadyNotifiedAsync(Guid billId, CancellationToken ct) =>
        db.HighBillPortalNotices.Local.Any(n => n.BillId == billId)
        || await db.HighBillPortalNotices.AnyAsync(n => n.BillId == billId, ct);
}
