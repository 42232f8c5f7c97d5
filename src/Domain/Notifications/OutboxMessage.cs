namespace UtilityPortal.Domain.Notifications;

public enum OutboxChannel
{
    Sms = 1,
    Email = 2,
}

/// <summary>
/// Where a message stands. The numbers are an order: a provider's status report only ever moves a message to a
/// higher value, and from <see cref="Delivered"/> on a status is final (see <see cref="OutboxStatuses"/>).
/// </summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt time.</summary>
    Queued = 10,

    /// <summary>Claimed by a worker, which is handing it to the provider.</summary>
    Sending = 20,

    /// <summary>Accepted by the provider (or kept by the offline channel).</summary>
    Sent = 30,

    Delivered = 40,

    /// <summary>The carrier could not deliver it (Twilio "undelivered").</summary>
    Undeliverable = 50,

    /// <summary>Refused by the provider, or given up after the last retry.</summary>
    Failed = 60,

    /// <summary>Never sent: the number opted out (STOP) before it went.</summary>
    Suppressed = 70,
}

public static class OutboxStatuses
{
    /// <summary>Whether a status report may move a message from <paramref name="current"/> to <paramref name="reported"/>.</summary>
    public static bool CanAdvance(OutboxStatus current, OutboxStatus reported) =>
        !IsFinal(current) && reported > current;

    public static bool IsFinal(OutboxStatus status) => status >= OutboxStatus.Delivered;
}

/// <summary>
/// One message waiting to go, or gone, to one recipient: the durable outbox. Written in the same transaction as the
/// change that caused it, sent later by <see cref="OutboxProcessor"/> on whichever node claims it first. Status changes
/// after creation are set-based conditional updates in <see cref="OutboxProcessor"/> and <see cref="RecordSmsStatus"/>,
/// because two writers (a worker and a status callback) can race on one row.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxBodyLength = 4000;

    private OutboxMessage()
    {
        Key = string.Empty;
        Recipient = string.Empty;
        Body = string.Empty;
        Language = string.Empty;
        Purpose = string.Empty;
    }

    private OutboxMessage(string key, OutboxChannel channel, string recipient, string? subject, string body, string language, string purpose,
        Guid? serviceAccountId, DateTimeOffset now, DateTimeOffset notBefore)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        if (body.Length > MaxBodyLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"A message cannot be longer than {MaxBodyLength} characters.", nameof(body));
        }

        Id = Guid.CreateVersion7();
        Key = key;
        Channel = channel;
        Recipient = recipient.Trim();
        Subject = subject;
        Body = body;
        Language = Accounts.Languages.Normalize(language);
        Purpose = purpose;
        ServiceAccountId = serviceAccountId;
        Status = OutboxStatus.Queued;
        CreatedAt = now.ToUniversalTime();
        NextAttemptAt = notBefore.ToUniversalTime();
    }

    /// <summary>A text message to an E.164 number.</summary>
    public static OutboxMessage Sms(string key, Accounts.PhoneNumber to, string body, string language, string purpose, Guid? serviceAccountId,
        DateTimeOffset now, DateTimeOffset notBefore) =>
        new(key, OutboxChannel.Sms, to.E164, null, body, language, purpose, serviceAccountId, now, notBefore);

    public static OutboxMessage Email(string key, string to, string subject, string body, string language, string purpose, Guid? serviceAccountId,
        DateTimeOffset now, DateTimeOffset notBefore) =>
        new(key, OutboxChannel.Email, Accounts.EmailAddress.Normalize(to), subject, body, language, purpose, serviceAccountId, now, notBefore);

    public Guid Id { get; private set; }

    /// <summary>Unique: what the message is about and on which channel ("high-bill:{bill}:sms"), so it is written once.</summary>
    public string Key { get; private set; }

    public OutboxChannel Channel { get; private set; }

    /// <summary>E.164 number for SMS, e-mail address for e-mail.</summary>
    public string Recipient { get; private set; }

    public string? Subject { get; private set; }

    public string Body { get; private set; }

    /// <summary>"en" or "es": the language the body is written in.</summary>
    public string Language { get; private set; }

    /// <summary>Why it was written ("HighBill"), for staff reading the outgoing messages.</summary>
    public string Purpose { get; private set; }

    public Guid? ServiceAccountId { get; private set; }

    public OutboxStatus Status { get; private set; }

    /// <summary>How many times a worker has claimed it to send it.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not to be sent before this time (quiet hours, retry back-off).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>Which adapter took it: "twilio", "offline" (kept, not sent) or "email".</summary>
    public string? Provider { get; private set; }

    public string? ProviderMessageId { get; private set; }

    /// <summary>The provider's own word for the status ("delivered", "undelivered"), as last reported.</summary>
    public string? ProviderStatus { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The node holding the claim, for operators.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>Identifies one claim; every write that ends a claim checks it, so a worker whose claim expired and was taken over writes nothing.</summary>
    public Guid? ClaimToken { get; private set; }

    /// <summary>When the claim lapses; after that another worker may pick the message up again (a node died mid-send).</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }
}
