namespace UtilityPortal.Domain.Notifications;

/// <summary>One text message for the SMS port. <see cref="OutboxId"/> lets the provider's status reports find the message.</summary>
public sealed record SmsRequest(Guid OutboxId, string To, string Body);

/// <summary>What became of one attempt to hand a message to its provider.</summary>
public abstract record SendOutcome
{
    /// <summary>The provider took it. <paramref name="ProviderMessageId"/> is how its status reports will name it.</summary>
    public sealed record Accepted(string Provider, string? ProviderMessageId, string? ProviderStatus) : SendOutcome;

    /// <summary>The provider refused it for good (a bad number, an unsubscribed recipient): retrying cannot help.</summary>
    public sealed record Rejected(string Error) : SendOutcome;

    /// <summary>It did not go this time (network, provider outage, rate limit): try again after a back-off.</summary>
    public sealed record TryLater(string Error) : SendOutcome;
}

/// <summary>The SMS port: Twilio (<see cref="TwilioSmsSender"/>) or, without Twilio keys, <see cref="OfflineSmsSender"/>.</summary>
public interface ISmsSender
{
    Task<SendOutcome> SendAsync(SmsRequest message, CancellationToken ct = default);
}

/// <summary>
/// Sends nothing: the message is marked sent by the "offline" provider and stays in the outbox, where staff read it on
/// the BackOffice "Outgoing messages" page. For the demo, development, and any node without Twilio keys.
/// </summary>
public sealed class OfflineSmsSender : ISmsSender
{
    public const string ProviderName = "offline";

    public Task<SendOutcome> SendAsync(SmsRequest message, CancellationToken ct = default) =>
        Task.FromResult<SendOutcome>(new SendOutcome.Accepted(ProviderName, null, null));
}
