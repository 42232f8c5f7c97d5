using Npgsql;

namespace UtilityPortal.TestSupport;

/// <summary>
/// A throwaway database for one test class: a SQLite file by default, or a fresh PostgreSQL database when
/// UTILITYPORTAL_TEST_POSTGRES holds a connection string to a server (CI sets it).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "UTILITYPORTAL_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    public TestDatabase()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            Provider = "Sqlite";
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "utilityportal-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_sqliteFolder);
            ConnectionString = $"Data Source={Path.Combine(_sqliteFolder, "test.db")}";
            return;
        }

        Provider = "Postgres";
        _postgresAdmin = postgres;
        _postgresName = "up_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = _postgresName }.ConnectionString;
    }

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string Provider { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalizing connection; the temp folder is cleaned by the OS.
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_postgresAdmin);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
