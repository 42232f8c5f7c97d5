using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>Twilio's status reports can arrive out of order; a message's status only ever moves forward.</summary>
public sealed class StatusReportsNeverMoveBackwards
{
    private static async Task<(NotificationsHarness H, OutboxMessage Message)> SentMessageAsync()
    {
        var h = await NotificationsHarness.CreateAsync();
        var message = await h.QueueSmsAsync();
        await h.RunOutboxAsync();
        return (h, await h.MessageAsync(message.Id));
    }

    private static Task<bool> ReportAsync(NotificationsHarness h, string sid, string status, string? error = null) =>
        h.WithAsync<RecordSmsStatus, bool>(r => r.HandleAsync(null, sid, status, error));

    [Fact]
    public async Task DeliveredIsNotOverwrittenBySent()
    {
        var (h, message) = await SentMessageAsync();
        await using var _ = h;

        (await ReportAsync(h, message.ProviderMessageId!, "delivered")).ShouldBeTrue();
        (await ReportAsync(h, message.ProviderMessageId!, "sent")).ShouldBeFalse();
        (await ReportAsync(h, message.ProviderMessageId!, "queued")).ShouldBeFalse();

        var after = await h.MessageAsync(message.Id);
        after.Status.ShouldBe(OutboxStatus.Delivered);
        after.ProviderStatus.ShouldBe("delivered");
    }

    [Fact]
    public async Task UndeliveredAfterSentIsRecordedWithItsError()
    {
        var (h, message) = await SentMessageAsync();
        await using var _ = h;

        (await ReportAsync(h, message.ProviderMessageId!, "sent")).ShouldBeFalse();
        (await ReportAsync(h, message.ProviderMessageId!, "undelivered", "30003")).ShouldBeTrue();

        var after = await h.MessageAsync(message.Id);
        after.Status.ShouldBe(OutboxStatus.Undeliverable);
        after.LastError.ShouldBe("Twilio error 30003 (undelivered)");
    }

    [Fact]
    public async Task AFinalStatusIsFinal()
    {
        var (h, message) = await SentMessageAsync();
        await using var _ = h;

        (await ReportAsync(h, message.ProviderMessageId!, "failed", "30007")).ShouldBeTrue();
        (await ReportAsync(h, message.ProviderMessageId!, "delivered")).ShouldBeFalse();

        (await h.MessageAsync(message.Id)).Status.ShouldBe(OutboxStatus.Failed);
    }

    [Fact]
    public async Task AReportThatOutrunsTheWorkerIsKeptWhenTheWorkerRecordsTheSend()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var message = await h.QueueSmsAsync();

        // Twilio's "delivered" callback arrives while the worker is still waiting for the API's answer.
        h.Sms.Answer = request =>
        {
            h.WithAsync<RecordSmsStatus, bool>(r => r.HandleAsync(request.OutboxId, "SM42", "delivered", null)).GetAwaiter().GetResult().ShouldBeTrue();
            return new SendOutcome.Accepted("twilio", "SM42", "queued");
        };
        await h.RunOutboxAsync();

        var after = await h.MessageAsync(message.Id);
        after.Status.ShouldBe(OutboxStatus.Delivered);
        after.ProviderMessageId.ShouldBe("SM42");
        after.ClaimToken.ShouldBeNull();
    }

    [Fact]
    public async Task AnUnknownMessageChangesNothing()
    {
        var (h, message) = await SentMessageAsync();
        await using var _ = h;

        (await ReportAsync(h, "SMunknown", "delivered")).ShouldBeFalse();

        (await h.MessageAsync(message.Id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Theory]
    [InlineData(OutboxStatus.Sent, OutboxStatus.Delivered, true)]
    [InlineData(OutboxStatus.Delivered, OutboxStatus.Sent, false)]
    [InlineData(OutboxStatus.Delivered, OutboxStatus.Failed, false)]
    [InlineData(OutboxStatus.Sending, OutboxStatus.Sent, true)]
    [InlineData(OutboxStatus.Sent, OutboxStatus.Sent, false)]
    [InlineData(OutboxStatus.Suppressed, OutboxStatus.Delivered, false)]
    public void StatusesAdvanceInOneDirection(OutboxStatus current, OutboxStatus reported, bool advances) =>
        OutboxStatuses.CanAdvance(current, reported).ShouldBe(advances);
}
