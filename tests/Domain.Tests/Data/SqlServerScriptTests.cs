using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>
/// No SQL Server runs on these machines, so these prove without one that the city's production database can be built:
/// the model's DDL generates, and the SqlServer migrations turn into a script with every key table.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static readonly string[] KeyTables =
    [
        "Customers", "Premises", "ServiceAccounts", "Meters", "JournalEntries", "AccountSearchTerms", "AccountLinks",
        "Interactions", "AuditEntries", "AspNetUsers", "AspNetRoles", "DataProtectionKeys",
    ];

    private static SqlServerUtilityDbContext SqlServer() =>
        new((DbContextOptions<SqlServerUtilityDbContext>)new DbContextOptionsBuilder<SqlServerUtilityDbContext>()
            .UseUtilitySqlServer("Server=localhost;Database=never-opened;TrustServerCertificate=True").Options);

    private static PostgresUtilityDbContext Postgres() =>
        new((DbContextOptions<PostgresUtilityDbContext>)new DbContextOptionsBuilder<PostgresUtilityDbContext>()
            .UseUtilityPostgres("Host=localhost;Database=never-opened").Options);

    private static SqliteUtilityDbContext Sqlite() =>
        new((DbContextOptions<SqliteUtilityDbContext>)new DbContextOptionsBuilder<SqliteUtilityDbContext>()
            .UseUtilitySqlite("Data Source=:memory:").Options);

    [Fact]
    public void CreateScript_ForSqlServer_CreatesTheKeyTablesAndIndexes()
    {
        using var db = SqlServer();

        var script = db.Database.GenerateCreateScript();

        foreach (var table in KeyTables)
        {
            script.ShouldContain($"CREATE TABLE [{table}]");
        }

        // The constraints the ledger and the search depend on.
        script.ShouldContain("CREATE UNIQUE INDEX [IX_JournalEntries_IdempotencyKey]");
        script.ShouldContain("CREATE UNIQUE INDEX [IX_ServiceAccounts_Number]");
        script.ShouldContain("[Amount] decimal(18,2) NOT NULL");
        script.ShouldContain("COLLATE Latin1_General_100_BIN2");
    }

    [Fact]
    public void Migrations_ForSqlServer_ProduceAScriptWithTheKeyTables()
    {
        using var db = SqlServer();

        var migrations = db.Database.GetMigrations().ToList();
        var script = db.GetService<IMigrator>().GenerateScript();

        migrations.ShouldHaveSingleItem().ShouldEndWith("_Initial");
        script.ShouldContain("CREATE TABLE [__EFMigrationsHistory]");
        script.ShouldContain(migrations[0]);
        foreach (var table in KeyTables)
        {
            script.ShouldContain($"CREATE TABLE [{table}]");
        }

        script.ShouldContain("CREATE UNIQUE INDEX [IX_JournalEntries_IdempotencyKey]");
    }

    [Fact]
    public void Migrations_ForPostgres_ProduceAScriptWithTheKeyTables()
    {
        using var db = Postgres();

        var script = db.GetService<IMigrator>().GenerateScript();

        foreach (var table in KeyTables)
        {
            script.ShouldContain($"CREATE TABLE \"{table}\"");
        }

        script.ShouldContain("COLLATE \"C\"");
    }

    // When one of these fails, the model changed after the migrations were generated: run scripts/regenerate-migrations.sh.
    [Fact]
    public void Migrations_ForSqlServer_MatchTheModel()
    {
        using var db = SqlServer();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public void Migrations_ForPostgres_MatchTheModel()
    {
        using var db = Postgres();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }

    [Fact]
    public void Migrations_ForSqlite_MatchTheModel()
    {
        using var db = Sqlite();
        db.Database.HasPendingModelChanges().ShouldBeFalse();
    }
}
