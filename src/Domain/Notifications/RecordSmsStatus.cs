using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// A delivery report from Twilio's status callback (after its signature is checked). It only ever moves a message
/// forward — "sent" arriving after "delivered" changes nothing — because Twilio does not promise the reports arrive
/// in order. The check and the change are one conditional UPDATE, so a report racing the worker's own record of the
/// send cannot undo either.
/// </summary>
public sealed class RecordSmsStatus(UtilityDbContext db, TimeProvider clock)
{
    /// <summary>Twilio's message statuses in our terms; null for ones that say nothing new (receiving, received, read…).</summary>
    public static OutboxStatus? Map(string? twilioStatus) => twilioStatus?.Trim().ToLowerInvariant() switch
    {
        "accepted" or "scheduled" or "queued" or "sending" or "sent" => OutboxStatus.Sent,
        "delivered" => OutboxStatus.Delivered,
        "undelivered" => OutboxStatus.Undeliverable,
        "failed" or "canceled" => OutboxStatus.Failed,
        _ => null,
    };

    /// <summary>Returns whether the message changed.</summary>
    public async Task<bool> HandleAsync(Guid? outboxId, string? messageSid, string? twilioStatus, string? errorCode, CancellationToken ct = default)
    {
        var reported = Map(twilioStatus);
        if (reported is not { } status || (outboxId is null && string.IsNullOrWhiteSpace(messageSid)))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var providerStatus = twilioStatus!.Trim().ToLowerInvariant();
        var error = string.IsNullOrWhiteSpace(errorCode) ? null : $"Twilio error {errorCode.Trim()} ({providerStatus})";
        var message = outboxId is { } id
            ? db.OutboxMessages.Where(m => m.Id == id)
            : db.OutboxMessages.Where(m => m.ProviderMessageId == messageSid);

        // OutboxStatuses.CanAdvance, as SQL: not yet final, and the report is further along.
        var changed = await message
            .Where(m => m.Channel == OutboxChannel.Sms && m.Status < OutboxStatus.Delivered && m.Status < status)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.StatusChangedAt, now)
                .SetProperty(m => m.ProviderStatus, providerStatus)
                .SetProperty(m => m.ProviderMessageId, m => m.ProviderMessageId ?? messageSid)
                .SetProperty(m => m.LastError, m => error ?? m.LastError), ct);
        return changed > 0;
    }
}
