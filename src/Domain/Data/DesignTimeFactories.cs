using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace UtilityPortal.Domain.Data;

// Used only by `dotnet ef migrations add`; the connection strings are placeholders that are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteUtilityDbContext>
{
    public SqliteUtilityDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteUtilityDbContext>)new DbContextOptionsBuilder<SqliteUtilityDbContext>()
            .UseUtilitySqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresUtilityDbContext>
{
    public PostgresUtilityDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresUtilityDbContext>)new DbContextOptionsBuilder<PostgresUtilityDbContext>()
            .UseUtilityPostgres("Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerUtilityDbContext>
{
    public SqlServerUtilityDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerUtilityDbContext>)new DbContextOptionsBuilder<SqlServerUtilityDbContext>()
            .UseUtilitySqlServer("Server=localhost;Database=design;TrustServerCertificate=True").Options);
}
