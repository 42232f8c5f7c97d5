using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace UtilityPortal.Domain.Data;

/// <summary>SQLite: the embedded default. Its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteUtilityDbContext(DbContextOptions<SqliteUtilityDbContext> options) : UtilityDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; stored as ticks it can, and stays exact.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL: tested in CI. Its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresUtilityDbContext(DbContextOptions<PostgresUtilityDbContext> options) : UtilityDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Prefix search compares terms as ranges; the "C" collation makes that byte order, as on SQLite.
        builder.Entity<Accounts.AccountSearchTerm>().Property(t => t.Term).UseCollation("C");
    }
}

/// <summary>SQL Server: the city's production choice. Its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerUtilityDbContext(DbContextOptions<SqlServerUtilityDbContext> options) : UtilityDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Accounts.AccountSearchTerm>().Property(t => t.Term).UseCollation("Latin1_General_100_BIN2");
    }
}
