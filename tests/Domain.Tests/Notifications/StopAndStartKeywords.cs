using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>STOP and its synonyms opt a number out at once; START and UNSTOP opt it back in; other texts change nothing.</summary>
public sealed class StopAndStartKeywords
{
    private static Task<InboundSmsEffect> TextAsync(NotificationsHarness h, string body, string from = "+13055550142") =>
        h.WithAsync<ReceiveInboundSms, InboundSmsEffect>(r => r.HandleAsync(from, body));

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Stop. ")]
    [InlineData("STOPALL")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("END")]
    [InlineData("QUIT")]
    [InlineData("CANCEL")]
    [InlineData("OPTOUT")]
    [InlineData("REVOKE")]
    public async Task EachOptOutKeywordOptsTheNumberOut(string body)
    {
        await using var h = await NotificationsHarness.CreateAsync();

        (await TextAsync(h, body)).ShouldBe(InboundSmsEffect.OptedOut);

        var record = await h.WithDbAsync(db => db.SmsOptOuts.AsNoTracking().SingleAsync());
        record.PhoneNumber.ShouldBe("+13055550142");
        record.OptedOut.ShouldBeTrue();
        record.OptedOutAt.ShouldBe(NotificationsHarness.Noon);
        record.Keyword.ShouldBe(ReceiveInboundSms.Keyword(body));
    }

    [Fact]
    public async Task QueuedTextsToTheNumberAreNotSent()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var queued = await h.QueueSmsAsync();
        var other = await h.QueueSmsAsync(to: "+13055550199");

        await TextAsync(h, "STOP");
        await h.RunOutboxAsync();

        (await h.MessageAsync(queued.Id)).Status.ShouldBe(OutboxStatus.Suppressed);
        (await h.MessageAsync(other.Id)).Status.ShouldBe(OutboxStatus.Sent);
        h.Sms.Sent.Select(s => s.To).ShouldBe(["+13055550199"]);
    }

    [Fact]
    public async Task ATextClaimedBeforeStopArrivedIsStillNotSent()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var queued = await h.QueueSmsAsync();

        // STOP lands between the worker's claim and its send: the check just before the send catches it.
        await h.WithDbAsync(db => OutboxClaims.ClaimAsync(db, "other-node", 10, h.Clock.GetUtcNow(), TimeSpan.FromSeconds(1)));
        await TextAsync(h, "STOP");
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await h.RunOutboxAsync();

        (await h.MessageAsync(queued.Id)).Status.ShouldBe(OutboxStatus.Suppressed);
        h.Sms.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task StartOptsBackIn()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        await TextAsync(h, "STOP");
        h.Clock.Advance(TimeSpan.FromMinutes(5));

        (await TextAsync(h, "START")).ShouldBe(InboundSmsEffect.OptedIn);
        var message = await h.QueueSmsAsync();
        await h.RunOutboxAsync();

        (await h.MessageAsync(message.Id)).Status.ShouldBe(OutboxStatus.Sent);
        var record = await h.WithDbAsync(db => db.SmsOptOuts.AsNoTracking().SingleAsync());
        record.OptedOut.ShouldBeFalse();
        record.Keyword.ShouldBe("START");
        record.ChangedAt.ShouldBe(NotificationsHarness.Noon.AddMinutes(5));
    }

    [Fact]
    public async Task EveryChangeIsInTheAuditTrail()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        await TextAsync(h, "STOP");
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await TextAsync(h, "UNSTOP");

        var actions = await h.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(SmsOptOut))
            .OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        actions.ShouldBe(["SmsOptOut", "SmsOptIn"]);
    }

    [Theory]
    [InlineData("Please stop sending these")]
    [InlineData("HELP")]
    [InlineData("")]
    public async Task OtherTextsChangeNothing(string body)
    {
        await using var h = await NotificationsHarness.CreateAsync();

        (await TextAsync(h, body)).ShouldBe(InboundSmsEffect.None);

        (await h.WithDbAsync(db => db.SmsOptOuts.CountAsync())).ShouldBe(0);
    }
}
