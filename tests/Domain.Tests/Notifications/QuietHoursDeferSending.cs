using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>Nothing is sent between 20:00 and 08:00 in New York; what falls due then waits for 08:00.</summary>
public sealed class QuietHoursDeferSending
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset InNewYork(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        // As a clock reads it: in UTC.
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local)).ToUniversalTime();
    }

    [Fact]
    public async Task AMessageWrittenAtNightWaitsForEightInTheMorning()
    {
        var evening = InNewYork(2026, 11, 17, 21, 30);
        await using var h = await NotificationsHarness.CreateAsync(evening);
        var account = await h.AddAccountAsync();
        await h.NotifyAsync(NotificationsHarness.HighBill(account));

        var morning = InNewYork(2026, 11, 18, 8);
        (await h.MessagesAsync()).ShouldAllBe(m => m.NextAttemptAt == morning);

        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Clock.SetUtcNow(InNewYork(2026, 11, 18, 7, 59));
        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Sms.Sent.ShouldBeEmpty();
        h.Email.Sent.ShouldBeEmpty();

        h.Clock.SetUtcNow(morning);
        (await h.RunOutboxAsync()).ShouldBe(2);
        h.Sms.Sent.Count.ShouldBe(1);
        h.Email.Sent.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AMessageAlreadyDueIsHeldThroughTheNight()
    {
        await using var h = await NotificationsHarness.CreateAsync(InNewYork(2026, 11, 17, 19, 0));
        await h.QueueSmsAsync();

        h.Clock.SetUtcNow(InNewYork(2026, 11, 17, 20, 0));
        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Clock.SetUtcNow(InNewYork(2026, 11, 18, 3, 0));
        (await h.RunOutboxAsync()).ShouldBe(0);
        h.Sms.Sent.ShouldBeEmpty();

        h.Clock.SetUtcNow(InNewYork(2026, 11, 18, 8, 0));
        (await h.RunOutboxAsync()).ShouldBe(1);
        h.Sms.Sent.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(19, 59, false)]
    [InlineData(20, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)]
    [InlineData(12, 0, false)]
    public void QuietHoursAreEightPmToEightAmNewYorkTime(int hour, int minute, bool quiet)
    {
        QuietHours.Default.IsQuiet(InNewYork(2026, 7, 4, hour, minute)).ShouldBe(quiet);
        QuietHours.Default.IsQuiet(InNewYork(2026, 1, 15, hour, minute)).ShouldBe(quiet);
    }

    [Fact]
    public void EightAmFollowsDaylightSaving()
    {
        // Summer (EDT, UTC-4) and winter (EST, UTC-5): 08:00 in New York is a different UTC hour.
        QuietHours.Default.NextSendable(InNewYork(2026, 7, 4, 22)).ShouldBe(new DateTimeOffset(2026, 7, 5, 12, 0, 0, TimeSpan.Zero));
        QuietHours.Default.NextSendable(InNewYork(2026, 1, 15, 22)).ShouldBe(new DateTimeOffset(2026, 1, 16, 13, 0, 0, TimeSpan.Zero));

        // The night the clocks go back (2026-11-01 02:00 EDT → 01:00 EST).
        QuietHours.Default.NextSendable(InNewYork(2026, 10, 31, 23)).ShouldBe(new DateTimeOffset(2026, 11, 1, 13, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void OutsideQuietHoursNowIsSendable()
    {
        var noon = InNewYork(2026, 11, 17, 12);
        QuietHours.Default.NextSendable(noon).ShouldBe(noon);
    }
}
