using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>A send that fails is tried again after 1, 2, 4… minutes, up to the limit, then marked Failed; a refusal fails at once.</summary>
public sealed class FailedSendsAreRetriedWithBackoff
{
    private static readonly Dictionary<string, string?> ThreeAttempts = new()
    {
        ["Notifications:Outbox:MaxAttempts"] = "3",
        ["Notifications:Outbox:RetryBaseDelay"] = "00:01:00",
    };

    [Fact]
    public async Task EachFailureDoublesTheWaitUntilTheLastAttemptFails()
    {
        await using var h = await NotificationsHarness.CreateAsync(settings: ThreeAttempts);
        h.Sms.Answer = _ => new SendOutcome.TryLater("Twilio 503");
        var message = await h.QueueSmsAsync();
        var start = h.Clock.GetUtcNow();

        (await h.RunOutboxAsync()).ShouldBe(1);
        var first = await h.MessageAsync(message.Id);
        first.Status.ShouldBe(OutboxStatus.Queued);
        first.Attempts.ShouldBe(1);
        first.LastError.ShouldBe("Twilio 503");
        first.NextAttemptAt.ShouldBe(start.AddMinutes(1));

        h.Clock.Advance(TimeSpan.FromSeconds(59));
        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        (await h.RunOutboxAsync()).ShouldBe(1);
        var second = await h.MessageAsync(message.Id);
        second.Attempts.ShouldBe(2);
        second.NextAttemptAt.ShouldBe(start.AddMinutes(1 + 2));

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        (await h.RunOutboxAsync()).ShouldBe(1);
        var last = await h.MessageAsync(message.Id);
        last.Status.ShouldBe(OutboxStatus.Failed);
        last.Attempts.ShouldBe(3);
        last.ClaimToken.ShouldBeNull();

        h.Clock.Advance(TimeSpan.FromHours(5));
        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Sms.Sent.Count.ShouldBe(3);
    }

    [Fact]
    public async Task ASendThatSucceedsOnRetryIsSent()
    {
        await using var h = await NotificationsHarness.CreateAsync(settings: ThreeAttempts);
        var calls = 0;
        h.Sms.Answer = r => ++calls == 1 ? new SendOutcome.TryLater("timeout") : new SendOutcome.Accepted("fake", "SM1", "queued");
        var message = await h.QueueSmsAsync();

        await h.RunOutboxAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.RunOutboxAsync();

        var sent = await h.MessageAsync(message.Id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.Attempts.ShouldBe(2);
        sent.ProviderMessageId.ShouldBe("SM1");
        sent.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task AnExceptionFromTheChannelCountsAsAFailedAttempt()
    {
        await using var h = await NotificationsHarness.CreateAsync(settings: ThreeAttempts);
        h.Sms.Answer = _ => throw new HttpRequestException("connection reset");
        var message = await h.QueueSmsAsync();

        await h.RunOutboxAsync();

        var after = await h.MessageAsync(message.Id);
        after.Status.ShouldBe(OutboxStatus.Queued);
        after.LastError!.ShouldContain("connection reset");
    }

    [Fact]
    public async Task ARefusalIsNotRetried()
    {
        await using var h = await NotificationsHarness.CreateAsync(settings: ThreeAttempts);
        h.Sms.Answer = _ => new SendOutcome.Rejected("Twilio 400 error 21211: invalid 'To' number");
        var message = await h.QueueSmsAsync();

        await h.RunOutboxAsync();
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.RunOutboxAsync();

        var after = await h.MessageAsync(message.Id);
        after.Status.ShouldBe(OutboxStatus.Failed);
        after.Attempts.ShouldBe(1);
        after.LastError.ShouldBe("Twilio 400 error 21211: invalid 'To' number");
        h.Sms.Sent.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ARetryThatWouldFallInQuietHoursWaitsForMorning()
    {
        // 19:59 in New York (EST): the one-minute back-off lands at 20:00.
        await using var h = await NotificationsHarness.CreateAsync(new DateTimeOffset(2026, 11, 18, 0, 59, 0, TimeSpan.Zero), ThreeAttempts);
        h.Sms.Answer = _ => new SendOutcome.TryLater("busy");
        var message = await h.QueueSmsAsync();

        await h.RunOutboxAsync();

        (await h.MessageAsync(message.Id)).NextAttemptAt.ShouldBe(new DateTimeOffset(2026, 11, 18, 13, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(10, 60)]
    public void BackoffDoublesUpToItsCap(int attempts, int minutes) =>
        new OutboxOptions { RetryBaseDelay = TimeSpan.FromMinutes(1), RetryMaxDelay = TimeSpan.FromHours(1) }
            .RetryDelay(attempts).ShouldBe(TimeSpan.FromMinutes(minutes));
}
