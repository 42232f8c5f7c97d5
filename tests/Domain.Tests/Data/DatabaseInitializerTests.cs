using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;

namespace UtilityPortal.Domain.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InDevelopment_TheDatabaseIsMigratedAndSeededWithTheConfiguredSize()
    {
        await using var database = SeededDatabase.Create(new() { [DatabaseInitializer.AccountsKey] = "25" });

        await database.Services.InitializeUtilityDatabaseAsync(new TestEnvironment(Environments.Development, database.Folder), database.Configuration);

        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(25);
        (await database.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(DemoLogins.All.Count);
    }

    [Fact]
    public async Task InDevelopment_SeedFalse_MigratesWithoutSeeding()
    {
        await using var database = SeededDatabase.Create(new() { [DatabaseInitializer.SeedKey] = "false" });

        await database.Services.InitializeUtilityDatabaseAsync(new TestEnvironment(Environments.Development, database.Folder), database.Configuration);

        (await database.WithDbAsync(db => db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();
        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(0);
        (await database.WithDbAsync(db => db.Roles.CountAsync())).ShouldBe(7);
    }

    /// <summary>
    /// A whole page goes to the log for every page a commit changes, so new files get small pages; and the log is copied
    /// back into the file only every 64 MiB, by whichever connection's commit passes the mark (ADR 0017).
    /// </summary>
    [Fact]
    public async Task ANewSqliteFile_Has4KiBPagesAndALog_CheckpointedEvery16384Pages()
    {
        await using var database = SeededDatabase.Create(new() { [DatabaseInitializer.SeedKey] = "false" });

        await database.Services.InitializeUtilityDatabaseAsync(new TestEnvironment(Environments.Development, database.Folder), database.Configuration);

        (await database.WithDbAsync(db => PragmaAsync(db, "page_size"))).ShouldBe("4096");
        (await database.WithDbAsync(db => PragmaAsync(db, "journal_mode"))).ShouldBe("wal");
        (await database.WithDbAsync(db => PragmaAsync(db, "wal_autocheckpoint"))).ShouldBe("16384");
    }

    [Fact]
    public async Task InProduction_NothingHappensOnStartup()
    {
        await using var database = SeededDatabase.Create();

        await database.Services.InitializeUtilityDatabaseAsync(new TestEnvironment(Environments.Production, database.Folder), database.Configuration);

        File.Exists(database.File).ShouldBeFalse();
    }

    [Fact]
    public async Task InProduction_MigrateOnStartup_MigratesButNeverSeeds()
    {
        await using var database = SeededDatabase.Create(new() { [DatabaseInitializer.MigrateOnStartupKey] = "true" });

        await database.Services.InitializeUtilityDatabaseAsync(new TestEnvironment(Environments.Production, database.Folder), database.Configuration);

        (await database.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync())).ShouldNotBeEmpty();
        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(0);
        (await database.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task SeedCommand_InProduction_SeedsTheCityWithoutDemoLogins_AndRefusesASecondTime()
    {
        await using var database = SeededDatabase.Create();
        var env = new TestEnvironment(Environments.Production, database.Folder);
        var output = new StringWriter();

        var first = await database.Services.RunMaintenanceCommandAsync(["seed", "--accounts", "30", "--months", "6"], env, database.Configuration, output);
        var second = await database.Services.RunMaintenanceCommandAsync(["seed", "--accounts", "30"], env, database.Configuration, output);

        first.ShouldBe(0, output.ToString());
        second.ShouldBe(1);
        output.ToString().ShouldContain("Seeded 30 accounts");
        output.ToString().ShouldContain("already holds service accounts");
        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(30);
        (await database.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
        // Six months of history at most: a bill and a payment a month, a deposit and the final-bill entries at most.
        var perAccount = await database.WithDbAsync(db => db.JournalEntries.GroupBy(e => e.ServiceAccountId).Select(g => g.Count()).MaxAsync());
        perAccount.ShouldBeLessThanOrEqualTo(6 * 2 + 5);
    }

    [Fact]
    public async Task MigrateCommand_AppliesTheMigrations_ThenReportsUpToDate()
    {
        await using var database = SeededDatabase.Create();
        var env = new TestEnvironment(Environments.Production, database.Folder);
        var output = new StringWriter();

        (await database.Services.RunMaintenanceCommandAsync(["migrate"], env, database.Configuration, output)).ShouldBe(0);
        (await database.Services.RunMaintenanceCommandAsync(["migrate"], env, database.Configuration, output)).ShouldBe(0);

        output.ToString().ShouldContain("_Initial");
        output.ToString().ShouldContain("The database is up to date.");
        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("seed", "--accounts")]
    [InlineData("seed", "--accounts", "lots")]
    [InlineData("seed", "--accounts", "5")]
    [InlineData("seed", "--frobnicate")]
    [InlineData("migrate", "now")]
    [InlineData("drop")]
    public async Task BadArguments_PrintUsageAndExitWith2(params string[] args)
    {
        await using var database = SeededDatabase.Create();
        var output = new StringWriter();

        var code = await database.Services.RunMaintenanceCommandAsync(args, new TestEnvironment(Environments.Production, database.Folder), database.Configuration, output);

        code.ShouldBe(2);
        output.ToString().ShouldContain("Maintenance commands");
        File.Exists(database.File).ShouldBeFalse();
    }

    [Fact]
    public void IsMaintenanceCommand_RecognisesOnlyMigrateAndSeed()
    {
        DatabaseInitializer.IsMaintenanceCommand(["migrate"]).ShouldBeTrue();
        DatabaseInitializer.IsMaintenanceCommand(["seed", "--accounts", "100"]).ShouldBeTrue();
        DatabaseInitializer.IsMaintenanceCommand([]).ShouldBeFalse();
        DatabaseInitializer.IsMaintenanceCommand(["--urls", "http://localhost:5000"]).ShouldBeFalse();
    }

    [Fact]
    public void ARelativeSqliteFile_IsResolvedAgainstTheFolderHoldingTheSolution()
    {
        var root = Path.Combine(Path.GetTempPath(), "utilityportal-tests", Guid.NewGuid().ToString("N"));
        var site = Path.Combine(root, "src", "Portal");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(root, DatabaseInitializer.SolutionFileName), string.Empty);
        try
        {
            var resolved = DatabaseInitializer.ResolveSqliteConnectionString(DatabaseRegistration.DefaultSqliteConnection, site);

            resolved.ShouldBe($"Data Source={Path.Combine(root, "data", "utilityportal.db")}");
            DatabaseInitializer.ResolveSqliteConnectionString("Data Source=/srv/utility.db", site).ShouldBe("Data Source=/srv/utility.db");
            DatabaseInitializer.ResolveSqliteConnectionString("Data Source=:memory:", site).ShouldBe("Data Source=:memory:");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void WithoutASolutionAbove_ARelativeSqliteFileStaysBesideTheContentRoot()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "utilityportal-tests", Guid.NewGuid().ToString("N"));

        var resolved = DatabaseInitializer.ResolveSqliteConnectionString("Data Source=data/app.db", contentRoot);

        resolved.ShouldBe($"Data Source={Path.Combine(contentRoot, "data", "app.db")}");
    }

    private static async Task<string?> PragmaAsync(UtilityDbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
