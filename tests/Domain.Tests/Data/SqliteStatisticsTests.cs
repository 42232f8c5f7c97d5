using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>
/// The SQLite context gathers planner statistics when it first opens a file (SQLite never does on its own), and a file
/// another writer holds locked is opened all the same.
/// </summary>
public sealed class SqliteStatisticsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"utilityportal-stats-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task OpeningAFileForTheFirstTime_AnalyzesItsTables()
    {
        await CreateTableWithRowsAsync();

        await using (var db = Context())
        {
            await db.Database.OpenConnectionAsync();
        }

        (await ScalarAsync("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'IX_Requests_DueBy'")).ShouldBe(1L);
    }

    [Fact]
    public async Task AFileLockedByAnotherWriter_StillOpens_WithoutStatistics()
    {
        await CreateTableWithRowsAsync();
        await using var writer = new SqliteConnection($"Data Source={_file};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO Requests (Status, DueBy) VALUES (1, 1)";
            await insert.ExecuteNonQueryAsync();
        }

        await using var db = Context();
        await db.Database.OpenConnectionAsync();
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.CommandText = "SELECT COUNT(*) FROM Requests";

        (await read.ExecuteScalarAsync()).ShouldBe(1_000L);
    }

    private SqliteUtilityDbContext Context() =>
        new((DbContextOptions<SqliteUtilityDbContext>)new DbContextOptionsBuilder<SqliteUtilityDbContext>()
            .UseUtilitySqlite($"Data Source={_file};Pooling=False").Options);

    private async Task CreateTableWithRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE Requests (Id INTEGER PRIMARY KEY, Status INTEGER NOT NULL, DueBy INTEGER NOT NULL);
            CREATE INDEX IX_Requests_DueBy ON Requests (DueBy, Status);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
            INSERT INTO Requests (Status, DueBy) SELECT i % 3, i FROM n;
            """;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
        {
            File.Delete(path);
        }
    }
}
