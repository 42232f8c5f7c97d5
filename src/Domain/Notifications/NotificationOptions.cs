namespace UtilityPortal.Domain.Notifications;

/// <summary>The outbox worker's settings, section <c>Notifications:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Notifications:Outbox";

    /// <summary>Runs the worker on this node. Every node may run it: claiming in the database keeps them apart.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the worker rests when there is nothing to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>
    /// How long a claim holds. A node that dies mid-send leaves its claim to lapse, and the message is sent again by
    /// another; keep it well above the time a batch can take (the 10-second Twilio HTTP timeout times the batch size).
    /// </summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Portal's public address, for the link in high-bill e-mails (none when unset).</summary>
    public Uri? PortalUrl { get; set; }

    /// <summary>Back-off after <paramref name="attempts"/> failed attempts: base, 2×base, 4×base… capped at <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = RetryBaseDelay.Ticks * Math.Pow(2, doublings);
        return delay >= RetryMaxDelay.Ticks ? RetryMaxDelay : TimeSpan.FromTicks((long)delay);
    }
}

/// <summary>Twilio settings, section <c>Twilio</c>. Without AccountSid, AuthToken and FromNumber, SMS stays offline.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>Our number, E.164.</summary>
    public string? FromNumber { get; set; }

    /// <summary>Where Twilio reports delivery: the Portal's <c>/webhooks/twilio/status</c> at its public address (optional).</summary>
    public Uri? StatusCallbackUrl { get; set; }

    /// <summary>
    /// The Portal's public base address as Twilio calls it (https://portal.example.org). Behind a proxy or load balancer
    /// the request the Portal sees has another scheme or host, and the signature covers the URL Twilio used.
    /// </summary>
    public Uri? WebhookBaseUrl { get; set; }

    /// <summary>The secret of a Twilio webhook SharedKey, for webhooks signed with one (they carry X-Twilio-Webhooks-Signature-Settings).</summary>
    public string? WebhookSharedKeySecret { get; set; }

    public bool CanSend =>
        !string.IsNullOrWhiteSpace(AccountSid) && !string.IsNullOrWhiteSpace(AuthToken) && !string.IsNullOrWhiteSpace(FromNumber);
}

/// <summary>When nothing is sent, section <c>Notifications:QuietHours</c>: 20:00 to 08:00 in America/New_York.</summary>
public sealed class QuietHoursOptions
{
    public const string Section = "Notifications:QuietHours";

    public TimeOnly Start { get; set; } = new(20, 0);

    public TimeOnly End { get; set; } = new(8, 0);

    public string TimeZone { get; set; } = "America/New_York";
}
