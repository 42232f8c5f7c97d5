using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// How much log SQLite lets build up before copying it back into the database file (a checkpoint), on every connection
/// the context opens. The connection whose commit takes the log past the mark does the copying inside that commit. At
/// SQLite's default of 1,000 pages (4 MiB) the webhook writer did it every few batches, 20-45 ms each time, and those
/// batches alone set the webhook's p95 (ADR 0017). At 64 MiB it comes a sixteenth as often, and a page written many
/// times in between (an index's newest leaf) is copied once. Set through the C API: no statement to parse per open.
/// </summary>
internal sealed class SqliteWalCheckpoints : DbConnectionInterceptor
{
    /// <summary>64 MiB of the 4 KiB pages new files get (a file made before with 16 KiB pages lets it grow to 256 MiB).</summary>
    public const int Pages = 16_384;

    public static SqliteWalCheckpoints Instance { get; } = new();

    private SqliteWalCheckpoints()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            raw.sqlite3_wal_autocheckpoint(handle, Pages);
        }
    }
}
