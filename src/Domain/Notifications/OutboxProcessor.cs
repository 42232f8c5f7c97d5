using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// One round of the outbox: claim due messages, then for each one either send it, defer it (quiet hours), suppress it
/// (the number opted out), retry it later with back-off, or give up. Every write that ends a claim is conditional on
/// the claim token, and a status a provider reported in the meantime is never moved back.
/// </summary>
public sealed class OutboxProcessor(
    UtilityDbContext db,
    ISmsSender sms,
    IEmailSender email,
    QuietHours quietHours,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> log)
{
    public const string EmailProvider = "email";

    private readonly OutboxOptions _options = options.Value;

    /// <summary>Claims one batch and works through it; returns how many messages it claimed (0: nothing was due).</summary>
    public async Task<int> RunOnceAsync(string node, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (quietHours.IsQuiet(now) || !await OutboxClaims.AnyDueAsync(db, now, ct))
        {
            return 0;
        }

        var claim = await OutboxClaims.ClaimAsync(db, node, _options.BatchSize, now, _options.ClaimTimeout, ct);
        foreach (var id in claim.MessageIds)
        {
            ct.ThrowIfCancellationRequested();
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct);
            await ProcessAsync(message, claim.Token, ct);
        }

        return claim.MessageIds.Count;
    }

    private async Task ProcessAsync(OutboxMessage message, Guid token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (quietHours.IsQuiet(now))
        {
            // Claimed just before quiet hours began: put it back for the morning, without counting the attempt.
            await Mine(message.Id, token).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.Attempts, m => m.Attempts - 1)
                .SetProperty(m => m.NextAttemptAt, quietHours.NextSendable(now))
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
            return;
        }

        if (message.Attempts > _options.MaxAttempts)
        {
            // Claimed again after its node died mid-send, once too often.
            await FinishAsync(message.Id, token, OutboxStatus.Failed, message.LastError ?? "Gave up: no attempt finished.", now, ct);
            return;
        }

        if (message.Channel == OutboxChannel.Sms && await IsOptedOutAsync(message.Recipient, ct))
        {
            await FinishAsync(message.Id, token, OutboxStatus.Suppressed, "Not sent: the number replied STOP.", now, ct);
            return;
        }

        SendOutcome outcome;
        try
        {
            outcome = message.Channel == OutboxChannel.Sms
                ? await sms.SendAsync(new SmsRequest(message.Id, message.Recipient, message.Body), ct)
                : await SendEmailAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = new SendOutcome.TryLater(e.GetType().Name + ": " + e.Message);
        }

        switch (outcome)
        {
            case SendOutcome.Accepted accepted:
                await Mine(message.Id, token).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, m => m.Status == OutboxStatus.Sending ? OutboxStatus.Sent : m.Status)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.StatusChangedAt, m => m.Status == OutboxStatus.Sending ? now : m.StatusChangedAt)
                    .SetProperty(m => m.Provider, accepted.Provider)
                    .SetProperty(m => m.ProviderMessageId, m => m.ProviderMessageId ?? accepted.ProviderMessageId)
                    .SetProperty(m => m.ProviderStatus, m => m.ProviderStatus ?? accepted.ProviderStatus)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
                break;
            case SendOutcome.Rejected rejected:
                log.LogWarning("Outbox message {Id} refused by the provider: {Error}", message.Id, rejected.Error);
                await FinishAsync(message.Id, token, OutboxStatus.Failed, rejected.Error, now, ct);
                break;
            case SendOutcome.TryLater later when message.Attempts >= _options.MaxAttempts:
                log.LogWarning("Outbox message {Id} failed after {Attempts} attempts: {Error}", message.Id, message.Attempts, later.Error);
                await FinishAsync(message.Id, token, OutboxStatus.Failed, later.Error, now, ct);
                break;
            case SendOutcome.TryLater later:
                var next = quietHours.NextSendable(now + _options.RetryDelay(message.Attempts));
                log.LogInformation("Outbox message {Id} attempt {Attempts} failed, next at {Next}: {Error}", message.Id, message.Attempts, next, later.Error);
                await Mine(message.Id, token).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Queued)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, Truncate(later.Error))
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
                break;
        }
    }

    private async Task<SendOutcome> SendEmailAsync(OutboxMessage message, CancellationToken ct)
    {
        await email.SendAsync(new EmailMessage(message.Recipient, message.Subject ?? string.Empty, message.Body), ct);
        return new SendOutcome.Accepted(EmailProvider, null, null);
    }

    private Task<bool> IsOptedOutAsync(string number, CancellationToken ct) =>
        db.SmsOptOuts.AnyAsync(o => o.PhoneNumber == number && o.OptedOut, ct);

    private Task<int> FinishAsync(Guid id, Guid token, OutboxStatus status, string error, DateTimeOffset now, CancellationToken ct) =>
        Mine(id, token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.StatusChangedAt, now)
            .SetProperty(m => m.LastError, Truncate(error))
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);

    /// <summary>The message, only while this worker still holds the claim on it.</summary>
    private IQueryable<OutboxMessage> Mine(Guid id, Guid token) => db.OutboxMessages.Where(m => m.Id == id && m.ClaimToken == token);

    private static string Truncate(string error) => error.Length <= 500 ? error : error[..500];
}
