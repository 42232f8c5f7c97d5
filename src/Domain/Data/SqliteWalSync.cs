using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// Lets SQLite's single writer go on to its next transaction while the last one is still on its way to the disk, without
/// ever answering before it is there. A transaction written under <see cref="RelaxAsync"/> commits with
/// <c>synchronous=NORMAL</c>: in WAL mode that writes the log but does not wait for the disk, and a power cut can only
/// lose whole transactions at the end of the log, never corrupt the file. Its outcome is given out from
/// <see cref="AfterSync"/>, once one flush of the log, started after the commit, has returned: one flush answers every
/// transaction committed before it, while the writer is already writing the next. Commits of the normal kind
/// (<c>FULL</c>) wait for their flush inside the writer's turn, which on this workload was a third of it (ADR 0017).
/// </summary>
internal sealed class SqliteWalSync
{
    private readonly string _log;
    private readonly Lock _gate = new();
    private List<Action<Exception?>> _waiting = [];
    private bool _flushing;

    private SqliteWalSync(string log) => _log = log;

    /// <summary>The database's log when it is a SQLite file in WAL mode (where a relaxed commit is safe); otherwise null.</summary>
    public static SqliteWalSync? For(UtilityDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        db.Database.OpenConnection();
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = command.ExecuteScalar() as string;
            return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(connection.DataSource)
                ? new SqliteWalSync(connection.DataSource + "-wal")
                : null;
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    /// <summary>Commits on this context's connection do not wait for the disk until the returned scope ends.</summary>
    public static async Task<IAsyncDisposable> RelaxAsync(UtilityDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var usual = await SqlitePragmas.ReadAsync(db, "PRAGMA synchronous", ct) ?? 2;
        await SqlitePragmas.ExecuteAsync(db, "PRAGMA synchronous = NORMAL", ct);
        return new Relaxed(db, usual);
    }

    /// <summary>
    /// Runs <paramref name="then"/> once everything committed before this call is on the disk (with null), or with the
    /// failure of the flush. Call it after the commit.
    /// </summary>
    public void AfterSync(Action<Exception?> then)
    {
        lock (_gate)
        {
            _waiting.Add(then);
            if (_flushing)
            {
                return;
            }

            _flushing = true;
        }

        _ = Task.Run(FlushWhileWaiting);
    }

    /// <summary>One flush at a time; whoever arrived during a flush is answered by the next one.</summary>
    private void FlushWhileWaiting()
    {
        while (true)
        {
            List<Action<Exception?>> flushed;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _flushing = false;
                    return;
                }

                (flushed, _waiting) = (_waiting, []);
            }

            var failure = Flush();
            foreach (var then in flushed)
            {
                then(failure);
            }
        }
    }

    private Exception? Flush()
    {
        try
        {
            using var log = File.OpenHandle(_log, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            RandomAccess.FlushToDisk(log);
            return null;
        }
        catch (FileNotFoundException)
        {
            // The last connection closed and checkpointed the log into the database file, which SQLite flushed itself.
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
    }

    private sealed class Relaxed(UtilityDbContext db, long usual) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // The connection goes back to the pool as it came: other work on it commits the usual way.
            await SqlitePragmas.ExecuteAsync(db, $"PRAGMA synchronous = {usual}", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
