using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>
/// Several nodes run the outbox worker against one database. Claiming in the database (SKIP LOCKED on PostgreSQL, a
/// conditional UPDATE with a claim token on SQLite) must hand each message to exactly one of them.
/// </summary>
public sealed class TwoWorkersSendEachMessageOnce
{
    private const int Messages = 120;

    [Fact]
    public async Task TwoWorkersOnOneDatabaseSendEveryMessageExactlyOnce()
    {
        await using var h = await NotificationsHarness.CreateAsync(settings: new Dictionary<string, string?> { ["Notifications:Outbox:BatchSize"] = "5" });
        h.Sms.Pause = TimeSpan.FromMilliseconds(2);
        await h.WithDbAsync(async db =>
        {
            var now = h.Clock.GetUtcNow();
            for (var i = 0; i < Messages; i++)
            {
                db.OutboxMessages.Add(OutboxMessage.Sms($"two-workers:{i}", UtilityPortal.Domain.Accounts.PhoneNumber.Parse($"(305) 555-{i:D4}"), $"Message {i}",
                    "en", "Test", null, now, now));
            }

            await db.SaveChangesAsync();
        });

        // Each worker has its own scope, so its own DbContext and connection, as on two nodes.
        var claimsByNode = await Task.WhenAll(WorkAsync(h, "node-a"), WorkAsync(h, "node-b"));

        h.Sms.Sent.Count.ShouldBe(Messages);
        h.Sms.Sent.GroupBy(s => s.OutboxId).ShouldAllBe(g => g.Count() == 1);
        claimsByNode.Sum().ShouldBe(Messages);
        claimsByNode.ShouldAllBe(n => n > 0, "both workers should have had a share of the work");
        var statuses = await h.WithDbAsync(db => db.OutboxMessages.Select(m => m.Status).Distinct().ToListAsync());
        statuses.ShouldBe([OutboxStatus.Sent]);
    }

    private static async Task<int> WorkAsync(NotificationsHarness h, string node)
    {
        await Task.Yield();
        var claimed = 0;
        while (true)
        {
            var round = await h.RunOutboxAsync(node);
            if (round == 0)
            {
                return claimed;
            }

            claimed += round;
        }
    }

    [Fact]
    public async Task AClaimHeldByADeadNodeLapsesAndTheMessageIsSentByAnother()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var message = await h.QueueSmsAsync();

        // node-a claims and dies before sending: its claim holds for five minutes.
        var claim = await h.WithDbAsync(db => OutboxClaims.ClaimAsync(db, "node-a", 10, h.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        claim.MessageIds.ShouldBe([message.Id]);
        (await h.RunOutboxAsync("node-b")).ShouldBe(0);
        h.Sms.Sent.ShouldBeEmpty();

        h.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        (await h.RunOutboxAsync("node-b")).ShouldBe(1);

        h.Sms.Sent.Single().OutboxId.ShouldBe(message.Id);
        var sent = await h.MessageAsync(message.Id);
        sent.Status.ShouldBe(OutboxStatus.Sent);
        sent.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task AWorkerWhoseClaimWasTakenOverWritesNothing()
    {
        await using var h = await NotificationsHarness.CreateAsync();
        var message = await h.QueueSmsAsync();
        var stale = await h.WithDbAsync(db => OutboxClaims.ClaimAsync(db, "node-a", 10, h.Clock.GetUtcNow(), TimeSpan.FromSeconds(30)));
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var current = await h.WithDbAsync(db => OutboxClaims.ClaimAsync(db, "node-b", 10, h.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        current.MessageIds.ShouldBe([message.Id]);

        // node-a wakes up and tries to end its old claim.
        var written = await h.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == stale.Token)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Failed)));

        written.ShouldBe(0);
        var after = await h.MessageAsync(message.Id);
        after.ClaimedBy.ShouldBe("node-b");
        after.Status.ShouldBe(OutboxStatus.Sending);
    }
}
