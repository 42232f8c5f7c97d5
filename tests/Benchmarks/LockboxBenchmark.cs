using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Payments.Lockbox;

/// <summary>
/// lockbox: a lockbox file of --lines payments (default 100,000) against real account numbers of a seeded city, about
/// 1% of them unmatched (unknown or mistyped numbers, closed accounts), imported through ImportLockboxFile into a copy
/// of the city, then the same file again. The city is seeded for this benchmark with the current schema (one month of
/// history, so the seed is quick) and kept in artifacts/benchmarks; --fresh seeds it again. Prints the wall time,
/// lines per second, the peak working set during the import and the suspense count. Target (issue 4): 100,000 lines in under 30 s.
/// </summary>
internal static class LockboxBenchmark
{
    private static readonly Actor Specialist = new("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static async Task RunAsync(string folder, int accounts, int lines, bool fresh)
    {
        var baseFile = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"lockbox-city-{accounts}.db"));
        if (fresh || !File.Exists(baseFile))
        {
            await SeedAsync(baseFile, accounts);
        }

        var workFile = Path.Combine(folder, Path.GetFileNameWithoutExtension(baseFile) + "-work.db");
        SqliteConnection.ClearAllPools();
        await Machine.CopySqliteAsync(baseFile, workFile);
        await using var services = Services(workFile);
        var (content, expectedUnmatched) = await FileAsync(services, lines);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lockbox: {lines:N0} lines ({content.Length / 1024.0 / 1024.0:F1} MiB, {expectedUnmatched:N0} written unmatched) against {Path.GetFileName(baseFile)}; load average {Machine.LoadAverage()}"));

        GC.Collect();
        Memory.ResetPeak();
        var cpu = Cpu.Start();
        var watch = Stopwatch.StartNew();
        var summary = await ImportAsync(services, content);
        watch.Stop();
        var peak = Memory.TakePeakMiB();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import     {watch.Elapsed.TotalSeconds,6:F1} s = {summary.Lines / watch.Elapsed.TotalSeconds,8:N0} lines/s   CPU {cpu.Take(),5:F1} s   peak {peak,5:N0} MiB   {summary.Matched:N0} posted (${summary.MatchedTotal.Amount:N2}), {summary.Suspense:N0} to suspense, {summary.Malformed} malformed (target: 100,000 in 30 s)"));

        watch.Restart();
        var again = await ImportAsync(services, content);
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  same file  {watch.Elapsed.TotalSeconds,6:F1} s   sameFileAgain {again.SameFileAgain}, posted nothing new: {again.BatchId == summary.BatchId}; load average now {Machine.LoadAverage()}"));

        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { workFile, workFile + "-wal", workFile + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static async Task<LockboxImportSummary> ImportAsync(ServiceProvider services, byte[] content)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ImportLockboxFile>().HandleAsync(Specialist, new ImportLockboxInput("lockbox-benchmark.csv"), content);
    }

    /// <summary>Lines for random accounts; one in a hundred has an unknown or mistyped number or names a closed account.</summary>
    private static async Task<(byte[] Content, int Unmatched)> FileAsync(ServiceProvider services, int lines)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var open = await db.ServiceAccounts.AsNoTracking().Where(a => a.Status != UtilityPortal.Domain.Accounts.AccountStatus.Closed)
            .Select(a => a.Number).ToListAsync();
        var closed = await db.ServiceAccounts.AsNoTracking().Where(a => a.Status == UtilityPortal.Domain.Accounts.AccountStatus.Closed)
            .Select(a => a.Number).Take(1_000).ToListAsync();
        var random = new Random(4);
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var text = new StringBuilder(lines * 60).Append(LockboxFile.Header).Append('\n');
        var unmatched = 0;
        for (var i = 0; i < lines; i++)
        {
            string account;
            if (i % 100 == 99)
            {
                unmatched++;
                account = (i / 100 % 3) switch
                {
                    0 => "9999999999",
                    1 => "123456789",
                    _ => closed.Count > 0 ? closed[random.Next(closed.Count)].Value : "0000000000",
                };
            }
            else
            {
                account = open[random.Next(open.Count)].Value;
            }

            text.Append(account).Append(',')
                .Append((random.Next(1_000, 40_000) / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append((100_000 + i).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(paidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(",Remitter ")
                .Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), unmatched);
    }

    private static async Task SeedAsync(string file, int accounts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        await using var services = Services(file);
        await DatabaseInitializer.MigrateAsync(services);
        var result = await DemoCitySeeder.SeedAsync(services, new DemoCityOptions { Accounts = accounts, HistoryMonths = 1 }, includeDemoLogins: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lockbox: seeded {Path.GetFileName(file)} ({result.Accounts:N0} accounts, one month of history) in {result.Elapsed.TotalSeconds:F1} s"));
    }

    private static ServiceProvider Services(string file)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Utility"] = $"Data Source={file}" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(config);
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        LockboxRegistration.AddLockbox(services);
        DepositsRegistration.AddDeposits(services);
        services.AddScoped<UtilityPortal.Domain.Accounts.AccountAccess>();
        services.AddScoped<UtilityPortal.Domain.Payments.PostPayment>();
        return services.BuildServiceProvider();
    }
}
