using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>
/// Relaxed commits are only offered where they are safe (a SQLite file in WAL mode), hand the connection back as it came,
/// and every transaction waiting for the log's flush is answered.
/// </summary>
public sealed class SqliteWalSyncTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"utilityportal-walsync-{Guid.NewGuid():N}.db");

    [Fact]
    public void OnlyAFileInWalMode_CommitsWithoutWaiting()
    {
        using var memory = new TestDb();
        using var inMemory = memory.NewContext();
        SqliteWalSync.For(inMemory).ShouldBeNull();

        using var onFile = WalFile();
        SqliteWalSync.For(onFile).ShouldNotBeNull();
    }

    [Fact]
    public async Task ARelaxedScope_CommitsWithoutWaiting_ThenHandsTheConnectionBackAsItCame()
    {
        await using var db = WalFile();
        await db.Database.OpenConnectionAsync();
        (await SynchronousAsync(db)).ShouldBe(2L);

        await using (await SqliteWalSync.RelaxAsync(db, CancellationToken.None))
        {
            (await SynchronousAsync(db)).ShouldBe(1L);
        }

        (await SynchronousAsync(db)).ShouldBe(2L);
    }

    [Fact]
    public async Task EveryoneWaitingForTheFlush_IsAnswered()
    {
        await using var db = WalFile();
        var sync = SqliteWalSync.For(db)!;
        await using (await SqliteWalSync.RelaxAsync(db, CancellationToken.None))
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE Marks (Id INTEGER PRIMARY KEY); INSERT INTO Marks VALUES (1);");
        }

        var answers = Enumerable.Range(0, 50).Select(_ => new TaskCompletionSource<Exception?>()).ToList();
        await Parallel.ForEachAsync(answers, (answer, _) =>
        {
            sync.AfterSync(failure => answer.SetResult(failure));
            return ValueTask.CompletedTask;
        });

        foreach (var answer in answers)
        {
            (await answer.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeNull();
        }
    }

    private SqliteUtilityDbContext WalFile()
    {
        var db = new SqliteUtilityDbContext((DbContextOptions<SqliteUtilityDbContext>)new DbContextOptionsBuilder<SqliteUtilityDbContext>().UseUtilitySqlite($"Data Source={_file}").Options);
        db.Database.OpenConnection();
        using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        db.Database.CloseConnection();
        return db;
    }

    private static async Task<long> SynchronousAsync(UtilityDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
