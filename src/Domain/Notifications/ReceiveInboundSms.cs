using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>What a text from a customer did.</summary>
public enum InboundSmsEffect
{
    None,
    OptedOut,
    OptedIn,
}

/// <summary>
/// A text a customer sent to our number (the Twilio inbound webhook, after its signature is checked). The carrier
/// keywords STOP, STOPALL, UNSUBSCRIBE, END, QUIT, CANCEL, OPTOUT and REVOKE opt the number out at once: messages
/// queued for it are suppressed, and the outbox checks again just before each send. START and UNSTOP opt back in.
/// </summary>
public sealed class ReceiveInboundSms(UtilityDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlySet<string> OptOutKeywords =
        new HashSet<string>(["STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "OPTOUT", "REVOKE"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> OptInKeywords = new HashSet<string>(["START", "UNSTOP"], StringComparer.Ordinal);

    public async Task<InboundSmsEffect> HandleAsync(string? from, string? body, CancellationToken ct = default)
    {
        var keyword = Keyword(body);
        var effect = OptOutKeywords.Contains(keyword) ? InboundSmsEffect.OptedOut
            : OptInKeywords.Contains(keyword) ? InboundSmsEffect.OptedIn
            : InboundSmsEffect.None;
        if (effect == InboundSmsEffect.None || !PhoneNumber.TryParse(from, out var number))
        {
            return InboundSmsEffect.None;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var record = await db.SmsOptOuts.SingleOrDefaultAsync(o => o.PhoneNumber == number.E164, ct);
        if (record is null)
        {
            record = SmsOptOut.For(number);
            db.SmsOptOuts.Add(record);
        }

        var before = record.OptedOut;
        if (effect == InboundSmsEffect.OptedOut)
        {
            record.OptOut(keyword, now);
        }
        else
        {
            record.OptIn(keyword, now);
        }

        db.AuditEntries.Add(new AuditEntry(now, "sms:" + number.E164, effect == InboundSmsEffect.OptedOut ? "SmsOptOut" : "SmsOptIn",
            nameof(SmsOptOut), number.E164, nameof(SmsOptOut.OptedOut), before ? "yes" : "no", record.OptedOut ? "yes" : "no"));
        await db.SaveChangesAsync(ct);

        if (effect == InboundSmsEffect.OptedOut)
        {
            await db.OutboxMessages
                .Where(m => m.Channel == OutboxChannel.Sms && m.Recipient == number.E164 && m.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Suppressed)
                    .SetProperty(m => m.StatusChangedAt, now)
                    .SetProperty(m => m.LastError, "Not sent: the number replied " + keyword + "."), ct);
        }

        await transaction.CommitAsync(ct);
        return effect;
    }

    /// <summary>The message as a keyword: carriers match the whole message, in any case, ignoring spaces and a final full stop or exclamation mark.</summary>
    public static string Keyword(string? body) =>
        (body ?? string.Empty).Trim().TrimEnd('.', '!').Trim().ToUpperInvariant();
}
