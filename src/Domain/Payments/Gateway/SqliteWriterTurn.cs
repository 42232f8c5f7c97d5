using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// SQLite lets one writer in at a time, and its busy handler makes the others poll and sleep, so under a burst of
/// webhooks some wait past the timeout ("database is locked"). On SQLite (one node by nature) the event transactions
/// therefore queue here, in order, before they begin. On PostgreSQL and SQL Server nothing waits here: the database
/// arbitrates, across nodes.
/// </summary>
internal sealed class SqliteWriterTurn : IDisposable
{
    private static readonly SemaphoreSlim Writer = new(1, 1);

    private readonly bool _held;

    private SqliteWriterTurn(bool held) => _held = held;

    public static async Task<SqliteWriterTurn> TakeAsync(UtilityDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqliteWriterTurn(false);
        }

        await Writer.WaitAsync(ct);
        return new SqliteWriterTurn(true);
    }

    public void Dispose()
    {
        if (_held)
        {
            Writer.Release();
        }
    }
}
