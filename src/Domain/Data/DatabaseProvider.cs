using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UtilityPortal.Domain.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Chooses the provider from <c>Database:Provider</c> and the connection from <c>ConnectionStrings:Utility</c>.</summary>
public static class DatabaseRegistration
{
    public const string DefaultSqliteConnection = "Data Source=data/utilityportal.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{name}' is not one of Sqlite, Postgres, SqlServer.");
    }

    public static IServiceCollection AddUtilityDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var connection = configuration.GetConnectionString("Utility");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                // A relative file is resolved against the repository root, so both sites share one database file.
                services.AddDbContext<UtilityDbContext, SqliteUtilityDbContext>((sp, o) => o.UseUtilitySqlite(DatabaseInitializer.ResolveSqliteConnectionString(
                    connection ?? DefaultSqliteConnection, sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory())));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<UtilityDbContext, PostgresUtilityDbContext>(o => o.UseUtilityPostgres(Require(connection, provider)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<UtilityDbContext, SqlServerUtilityDbContext>(o => o.UseUtilitySqlServer(Require(connection, provider)));
                break;
        }

        return services;
    }

    public static DbContextOptionsBuilder UseUtilitySqlite(this DbContextOptionsBuilder options, string connection) =>
        options.UseSqlite(connection, o => o.MigrationsHistoryTable("__EFMigrationsHistory")).AddInterceptors(SqliteStatistics.Instance, SqliteWalCheckpoints.Instance);

    public static DbContextOptionsBuilder UseUtilityPostgres(this DbContextOptionsBuilder options, string connection) =>
        options.UseNpgsql(connection);

    public static DbContextOptionsBuilder UseUtilitySqlServer(this DbContextOptionsBuilder options, string connection) =>
        options.UseSqlServer(connection);

    private static string Require(string? connection, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connection)
            ? throw new InvalidOperationException($"ConnectionStrings:Utility is required for the {provider} provider.")
            : connection;
}
