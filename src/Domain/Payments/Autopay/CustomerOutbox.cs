using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>Who an account's messages go to: the account holder's name, language, e-mail and, with consent, mobile number.</summary>
public sealed record CustomerRecipients(string AccountNumber, string Name, string Language, string? Email, PhoneNumber? Mobile);

/// <summary>
/// Writes payment messages to an account holder into the outbox (ADR 0008): e-mail when we have an address, a text only
/// with SMS consent and a number that has not replied STOP. Messages are added to the caller's unit of work, so they
/// are saved in the same transaction as the change they announce; the outbox's unique keys make a repeat add nothing.
/// </summary>
public sealed class CustomerOutbox(UtilityDbContext db, QuietHours quietHours, IOptions<OutboxOptions> options, IOptions<PaymentOptions> payments,
    TimeProvider clock)
{
    /// <summary>The Portal page a message links to, when the Portal's address is configured (for messages, else for payments).</summary>
    public Uri? PortalPage(string relative) => (options.Value.PortalUrl ?? payments.Value.PortalUrl) is { } portal ? new Uri(portal, relative) : null;

    public async Task<CustomerRecipients> RecipientsAsync(Guid accountId, CancellationToken ct = default)
    {
        var account = await db.ServiceAccounts.AsNoTracking().Include(a => a.Customer)
            .SingleOrDefaultAsync(a => a.Id == accountId, ct) ?? throw DomainException.NotFound("Service account");
        var customer = account.Customer!;
        var mobile = customer.SmsConsent.Given && customer.MobilePhone is { } number
            && !await db.SmsOptOuts.AnyAsync(o => o.PhoneNumber == number.E164 && o.OptedOut, ct)
            ? customer.MobilePhone
            : null;
        return new CustomerRecipients(account.Number.Value, customer.Name, customer.PreferredLanguage, customer.Email, mobile);
    }

    /// <summary>Adds the e-mail (if there is an address) and returns it, or null.</summary>
    public OutboxMessage? AddEmail(CustomerRecipients to, Guid accountId, string key, string subject, string body, string purpose)
    {
        if (to.Email is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var message = OutboxMessage.Email(key, to.Email, subject, body, to.Language, purpose, accountId, now, quietHours.NextSendable(now));
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>Adds the text (only with consent and no STOP) and returns it, or null.</summary>
    public OutboxMessage? AddSms(CustomerRecipients to, Guid accountId, string key, string body, string purpose)
    {
        if (to.Mobile is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var message = OutboxMessage.Sms(key, to.Mobile.Value, body, to.Language, purpose, accountId, now, quietHours.NextSendable(now));
        db.OutboxMessages.Add(message);
        return message;
    }
}
