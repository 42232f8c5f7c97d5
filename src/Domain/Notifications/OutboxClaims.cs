using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>One worker's claim: its token and the messages it now holds until <paramref name="Until"/>.</summary>
public sealed record OutboxClaim(Guid Token, IReadOnlyList<Guid> MessageIds, DateTimeOffset Until);

/// <summary>
/// Takes due messages for one worker in a single statement, so two nodes never hold the same message
/// (docs/decisions/0008). Due means queued with its time come, or sending under a claim that has lapsed (its node died).
/// Each claim counts as an attempt.
/// </summary>
public static class OutboxClaims
{
    public static async Task<OutboxClaim> ClaimAsync(UtilityDbContext db, string node, int batchSize, DateTimeOffset now, TimeSpan timeout,
        CancellationToken ct = default)
    {
        now = now.ToUniversalTime();
        var token = Guid.NewGuid();
        var until = now + timeout;
        var claimedBy = node.Length > 100 ? node[..100] : node;
        IReadOnlyList<Guid> ids = db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => await ClaimOnPostgresAsync(db, claimedBy, token, batchSize, now, until, ct),
            "Microsoft.EntityFrameworkCore.SqlServer" => await ClaimOnSqlServerAsync(db, claimedBy, token, batchSize, now, until, ct),
            _ => await ClaimOnSqliteAsync(db, claimedBy, token, batchSize, now, until, ct),
        };
        return new OutboxClaim(token, ids, until);
    }

    /// <summary>Whether anything is due: a read, so idle workers poll without taking SQLite's write lock.</summary>
    public static Task<bool> AnyDueAsync(UtilityDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        now = now.ToUniversalTime();
        return db.OutboxMessages.AnyAsync(m => (m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now)
            || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now), ct);
    }

    /// <summary>
    /// Row locks taken by the inner SELECT … FOR UPDATE SKIP LOCKED make a concurrent claim pass over these rows instead
    /// of waiting for them; a row another claim has already committed fails the re-checked WHERE and is left alone.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> ClaimOnPostgresAsync(UtilityDbContext db, string node, Guid token, int batchSize,
        DateTimeOffset now, DateTimeOffset until, CancellationToken ct) =>
        await db.Database.SqlQuery<Guid>($"""
            UPDATE "OutboxMessages"
            SET "Status" = {(int)OutboxStatus.Sending}, "Attempts" = "Attempts" + 1, "LastAttemptAt" = {now},
                "ClaimedBy" = {node}, "ClaimToken" = {token}, "ClaimedUntil" = {until}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE ("Status" = {(int)OutboxStatus.Queued} AND "NextAttemptAt" <= {now})
                   OR ("Status" = {(int)OutboxStatus.Sending} AND "ClaimedUntil" < {now})
                ORDER BY "NextAttemptAt"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);

    /// <summary>READPAST skips rows another claim has locked; UPDLOCK keeps two claims from reading the same free row.</summary>
    private static async Task<IReadOnlyList<Guid>> ClaimOnSqlServerAsync(UtilityDbContext db, string node, Guid token, int batchSize,
        DateTimeOffset now, DateTimeOffset until, CancellationToken ct) =>
        await db.Database.SqlQuery<Guid>($"""
            WITH due AS (
                SELECT TOP ({batchSize}) * FROM [OutboxMessages] WITH (ROWLOCK, UPDLOCK, READPAST)
                WHERE ([Status] = {(int)OutboxStatus.Queued} AND [NextAttemptAt] <= {now})
                   OR ([Status] = {(int)OutboxStatus.Sending} AND [ClaimedUntil] < {now})
                ORDER BY [NextAttemptAt])
            UPDATE due
            SET [Status] = {(int)OutboxStatus.Sending}, [Attempts] = [Attempts] + 1, [LastAttemptAt] = {now},
                [ClaimedBy] = {node}, [ClaimToken] = {token}, [ClaimedUntil] = {until}
            OUTPUT inserted.[Id] AS [Value];
            """).ToListAsync(ct);

    /// <summary>
    /// SQLite has one writer at a time, so a single conditional UPDATE is already exclusive; the claim token then tells
    /// this worker which rows it won. Written with LINQ because SQLite stores times as EF-converted numbers.
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> ClaimOnSqliteAsync(UtilityDbContext db, string node, Guid token, int batchSize,
        DateTimeOffset now, DateTimeOffset until, CancellationToken ct)
    {
        var due = db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(batchSize)
            .Select(m => m.Id);
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id))
            .Where(m => (m.Status == OutboxStatus.Queued && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastAttemptAt, now)
                .SetProperty(m => m.ClaimedBy, node)
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.ClaimedUntil, until), ct);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token).Select(m => m.Id).ToListAsync(ct);
    }
}
