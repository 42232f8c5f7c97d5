using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// Keeps SQLite's query planner statistics current. SQLite has no auto-analyze, and without statistics it prefers any
/// index with an equality (<c>Status = ?</c>) over the one that already gives a page its order (<c>DueBy</c>), so a
/// 50-row triage page sorted all 50,000 open requests. As SQLite advises for long-lived applications,
/// <c>PRAGMA optimize=0x10002</c> runs when this process first opens a database file and then at most hourly; it
/// analyzes only tables that need it, with a bounded sample, and costs under a millisecond when nothing changed.
/// The servers keep their own statistics.
/// </summary>
internal sealed class SqliteStatistics : DbConnectionInterceptor
{
    /// <summary>Analyzes the tables whose statistics are missing or stale, within a bounded sample.</summary>
    public const string OptimizeCommand = "PRAGMA optimize=0x10002;";

    public static SqliteStatistics Instance { get; } = new();

    private static readonly long IntervalMs = (long)TimeSpan.FromHours(1).TotalMilliseconds;

    // Per database file, the Environment.TickCount64 of the last run: a monotonic interval, not a time of day.
    private static readonly ConcurrentDictionary<string, long> LastRun = new(StringComparer.Ordinal);

    private SqliteStatistics()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Claim(connection) is { } command)
        {
            using (command)
            {
                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // Busy (another writer) or read-only: statistics are only advice to the planner; the next run catches up.
                }
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Claim(connection) is { } command)
        {
            await using (command)
            {
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException)
                {
                    // As above: never fail a request over statistics.
                }
            }
        }
    }

    /// <summary>The optimize command when this file is due (claimed at once, so concurrent opens run it once), else null.</summary>
    private static SqliteCommand? Claim(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return null;
        }

        var now = Environment.TickCount64;
        var last = LastRun.GetOrAdd(sqlite.DataSource, now - IntervalMs);
        if (now - last < IntervalMs || !LastRun.TryUpdate(sqlite.DataSource, now, last))
        {
            return null;
        }

        var command = sqlite.CreateCommand();
        command.CommandText = OptimizeCommand;
        // A file locked by another writer is skipped after a second rather than holding up the request.
        command.CommandTimeout = 1;
        return command;
    }
}
