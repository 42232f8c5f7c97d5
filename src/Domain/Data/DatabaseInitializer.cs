using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data.Seeding;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// Gets the database ready when a site starts, and runs the maintenance commands (<c>migrate</c>, <c>seed</c>) that
/// production uses instead. In Development the database is migrated and, when empty, seeded with the demo city and
/// the demo sign-ins; anywhere else nothing happens unless <c>Database:MigrateOnStartup</c> is true, and demo data is
/// never written on startup.
/// </summary>
public static class DatabaseInitializer
{
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";
    public const string SeedKey = "DemoCity:Seed";
    public const string AccountsKey = "DemoCity:Accounts";
    public const string SolutionFileName = "UtilityPortal.sln";

    /// <summary>The page size of a SQLite file this creates (SQLite's own default).</summary>
    public const int PageSize = 4096;

    private static readonly ConcurrentDictionary<string, string> RepositoryRoots = new(StringComparer.Ordinal);

    /// <summary>
    /// Migrates in Development (or when <c>Database:MigrateOnStartup</c> is true); then, in Development only and unless
    /// <c>DemoCity:Seed</c> is false, seeds <c>DemoCity:Accounts</c> accounts (default 2,000) and the demo sign-ins into a
    /// database that has no service accounts. Safe when both sites start at once on one database.
    /// </summary>
    public static async Task InitializeUtilityDatabaseAsync(this IServiceProvider services, IHostEnvironment env, IConfiguration config, CancellationToken ct = default)
    {
        var development = env.IsDevelopment();
        if (!development && !config.GetValue(MigrateOnStartupKey, false))
        {
            return;
        }

        await MigrateAsync(services, ct);
        if (development && config.GetValue(SeedKey, true))
        {
            await DemoCitySeeder.SeedAsync(services, new DemoCityOptions { Accounts = config.GetValue(AccountsKey, DemoCity.DefaultAccounts) },
                includeDemoLogins: true, ct);
        }
    }

    /// <summary>Applies pending migrations (creating the SQLite file and its folder if needed) and ensures the roles exist.</summary>
    /// <returns>The migrations that were applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        EnsureSqliteFolder(db);
        // EF Core takes a migration lock (a lock table on SQLite, an app lock or table lock on the servers),
        // so two sites migrating at once apply each migration once.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await DemoCitySeeder.EnsureRolesAsync(scope.ServiceProvider, ct);
        return pending;
    }

    /// <summary>True when the arguments ask for a maintenance command rather than the web site.</summary>
    public static bool IsMaintenanceCommand(string[] args) =>
        args.Length > 0 && args[0] is "migrate" or "seed";

    /// <summary>
    /// Runs <c>migrate</c> or <c>seed [--accounts N] [--months M]</c> and returns the process exit code:
    /// 0 done, 1 failed or refused (seeding a database that already has accounts), 2 bad arguments.
    /// <c>seed</c> migrates first; it writes the demo sign-ins only in Development.
    /// </summary>
    public static async Task<int> RunMaintenanceCommandAsync(this IServiceProvider services, string[] args, IHostEnvironment env,
        IConfiguration config, TextWriter? output = null, CancellationToken ct = default)
    {
        output ??= Console.Out;
        if (!IsMaintenanceCommand(args))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            if (args[0] == "migrate")
            {
                if (args.Length > 1)
                {
                    await output.WriteLineAsync(Usage);
                    return 2;
                }

                var applied = await MigrateAsync(services, ct);
                await output.WriteLineAsync(applied.Count == 0
                    ? "The database is up to date."
                    : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
                return 0;
            }

            if (!TryParseSeed(args, config, out var options, out var error))
            {
                await output.WriteLineAsync(error);
                await output.WriteLineAsync(Usage);
                return 2;
            }

            await MigrateAsync(services, ct);
            var demoLogins = env.IsDevelopment();
            var result = await DemoCitySeeder.SeedAsync(services, options, demoLogins, ct);
            if (result.Outcome == DemoCitySeedOutcome.AlreadySeeded)
            {
                await output.WriteLineAsync("The database already holds service accounts; seed only fills an empty database. "
                    + "Delete the SQLite file (data/utilityportal.db) or drop the database, then run seed again.");
                return 1;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {result.Accounts:N0} accounts ({result.Customers:N0} customers, {result.Premises:N0} premises, {result.Meters:N0} meters, "
                + $"{result.JournalEntries:N0} journal entries over {result.HistoryMonths} months, {result.SearchTerms:N0} search terms) "
                + $"in {result.Elapsed.TotalSeconds:F1} s ({result.AccountsPerSecond:N0} accounts/s)."));
            await output.WriteLineAsync(demoLogins
                ? $"Demo sign-ins (password {DemoLogins.Password}): {string.Join(", ", DemoLogins.All.Select(l => l.Email))}"
                : "No demo sign-ins: they are created only in Development.");
            return 0;
        }
#pragma warning disable CA1031 // A command line tool reports any failure and exits non-zero rather than crash with a stack dump.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseInitializer)).LogError(ex, "{Command} failed", args[0]);
            await output.WriteLineAsync($"{args[0]} failed: {ex.Message}");
            return 1;
        }
    }

    public const string Usage = """
        Maintenance commands (run instead of the site, then exit):
          migrate                          apply pending database migrations and create the roles
          seed [--accounts N] [--months M]   migrate, then fill an EMPTY database with the demo city:
                                           N service accounts (default 2000, at most 1000000),
                                           M months of bills and payments each (default 24,
                                           12 above 20000 accounts);
                                           demo sign-ins are added only in Development
        """;

    /// <summary>
    /// Makes a relative SQLite data source absolute against the repository root (the folder holding UtilityPortal.sln,
    /// found by walking up from <paramref name="contentRoot"/>), or against the content root when there is no
    /// repository, so that both sites open the same file wherever they are started from.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(source))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(FindRepositoryRoot(contentRoot) ?? contentRoot, source));
        return builder.ToString();
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds UtilityPortal.sln, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        var full = Path.GetFullPath(start);
        if (RepositoryRoots.TryGetValue(full, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                RepositoryRoots[full] = dir.FullName;
                return dir.FullName;
            }
        }

        RepositoryRoots[full] = string.Empty;
        return null;
    }

    private static void EnsureSqliteFolder(UtilityDbContext db)
    {
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var source = builder.DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var file = Path.GetFullPath(source);
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (!File.Exists(file))
        {
            // The page size is fixed when the file is created. Every page a transaction changes is written whole to
            // the log: with 4 KiB pages a webhook delivery wrote 33 KiB instead of the 87 KiB of 16 KiB pages, and its
            // p95 fell by a fifth; seeding and bill runs measured the same either way (ADR 0017).
            // WAL lets both sites read while one writes; EF would choose it too on creating the file.
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA page_size = {PageSize}; PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
    }

    private static bool TryParseSeed(string[] args, IConfiguration config, out DemoCityOptions options, out string error)
    {
        var accounts = config.GetValue(AccountsKey, DemoCity.DefaultAccounts);
        int? months = null;
        options = new DemoCityOptions();
        error = string.Empty;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--accounts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n is >= DemoCity.MinAccounts and <= DemoCity.MaxAccounts:
                    accounts = n;
                    i++;
                    break;
                case "--months" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 120:
                    months = m;
                    i++;
                    break;
                default:
                    error = $"Unexpected '{args[i]}'" + (value is null ? "." : $" '{value}'.");
                    return false;
            }
        }

        options = new DemoCityOptions { Accounts = accounts, HistoryMonths = months };
        return true;
    }
}
