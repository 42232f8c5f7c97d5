using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;

/// <summary>
/// bill-run: a month's cycle billing of the whole seeded city, through the use cases and the worker's code path, on a
/// copy of the city file in which every account takes the four services (water, sewer, stormwater, refuse). For each of
/// the 20 cycles, its latest read month: StartBillRun and BillRunProcessor calculate the drafts (high-bill customers
/// notified), the exceptions queue is accepted page by page through ListBillExceptions and ResolveBillExceptions as a
/// specialist would, ApproveBillRun approves, PostBillRun and the processor post to the ledger. Prints accounts per
/// second per phase and overall, and the peak working set (reset before the run, so the copy does not count).
/// Then the same bill and line rows are inserted again into fresh tables of the same shape (same columns, keys and
/// indexes) with prepared 64-row INSERTs in one transaction: the floor a run could reach on this database.
/// </summary>
internal static class BillRunBenchmark
{
    private const string Benchmark = "benchmark";

    private static readonly Actor Specialist = new("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static async Task RunAsync(string cityFile, string folder, string repositoryRoot, bool keep, bool verbose)
    {
        var workFile = Path.Combine(folder, Path.GetFileNameWithoutExtension(cityFile) + "-bill-run.db");
        SqliteConnection.ClearAllPools();
        var copy = Stopwatch.StartNew();
        await Machine.CopySqliteAsync(cityFile, workFile);
        var (accounts, month) = await PrepareAsync(workFile);
        copy.Stop();

        using var host = await StartHostAsync(workFile, repositoryRoot, verbose);
        var processor = host.Services.GetRequiredService<BillRunProcessor>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            bill-run: {Path.GetFileName(cityFile)} copied and prepared in {copy.Elapsed.TotalSeconds:F1} s: {accounts:N0} active accounts, all four services;
                      20 cycle runs, each for its latest read month (read day {month:yyyy-MM-dd} and before); set size {host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BillingOptions>>().Value.SetSize:N0}; load average {Machine.LoadAverage()}
            """));

        GC.Collect();
        Memory.ResetPeak();
        var phases = new List<(string Name, TimeSpan Elapsed, double CpuSeconds, double PeakMiB, string Detail)>();
        var cpu = Cpu.Start();
        var runs = new List<Guid>();

        var watch = Stopwatch.StartNew();
        for (var cycle = 1; cycle <= 20; cycle++)
        {
            var period = LatestMonth(cycle, month);
            var started = await UseAsync<StartBillRun, StartBillRunResult>(host, u => u.HandleAsync(Specialist, new StartBillRunInput(cycle, period.Year, period.Month)));
            await processor.ProcessAsync(started.RunId, Benchmark);
            runs.Add(started.RunId);
        }

        var calculated = await ViewsAsync(host, runs);
        phases.Add(("calculate", watch.Elapsed, cpu.Take(), Memory.TakePeakMiB(), string.Create(CultureInfo.InvariantCulture,
            $"{calculated.Sum(r => r.AccountsDone):N0} drafts, {calculated.Sum(r => r.AccountsSkipped):N0} skipped; exceptions {Kinds(calculated)}")));

        watch.Restart();
        int exceptions = 0, pages = 0;
        foreach (var run in runs)
        {
            while (true)
            {
                var page = await UseAsync<ListBillExceptions, BillExceptionPage>(host, u => u.HandleAsync(Specialist,
                    new ListBillExceptionsInput(run, BillExceptionStatus.Open, Take: ResolveBillExceptions.MaxPerCall)));
                if (page.Items.Count == 0)
                {
                    break;
                }

                var resolved = await UseAsync<ResolveBillExceptions, ResolveBillExceptionsResult>(host, u => u.HandleAsync(Specialist,
                    new ResolveBillExceptionsInput(page.Items.Select(e => e.Id).ToList(), BillExceptionResolution.Accept, "Benchmark: accepted in bulk")));
                exceptions += resolved.Resolved;
                pages++;
            }
        }

        phases.Add(("review", watch.Elapsed, cpu.Take(), Memory.TakePeakMiB(), string.Create(CultureInfo.InvariantCulture, $"{exceptions:N0} exceptions accepted, {pages:N0} pages of up to {ResolveBillExceptions.MaxPerCall}")));

        watch.Restart();
        var approved = 0;
        foreach (var run in runs)
        {
            approved += (await UseAsync<ApproveBillRun, ApproveBillRunResult>(host, u => u.HandleAsync(Specialist, new ApproveBillRunInput(run)))).Approved;
        }

        phases.Add(("approve", watch.Elapsed, cpu.Take(), Memory.TakePeakMiB(), string.Create(CultureInfo.InvariantCulture, $"{approved:N0} bills approved")));

        watch.Restart();
        foreach (var run in runs)
        {
            await UseAsync<PostBillRun, PostBillRunResult>(host, u => u.HandleAsync(Specialist, new PostBillRunInput(run)));
            await processor.ProcessAsync(run, Benchmark);
        }

        var posted = await ViewsAsync(host, runs);
        phases.Add(("post", watch.Elapsed, cpu.Take(), Memory.TakePeakMiB(), string.Create(CultureInfo.InvariantCulture,
            $"{posted.Sum(r => r.BillsPosted):N0} bills posted, ${posted.Sum(r => r.CurrentCharges.Amount):N0} charged; runs {string.Join(", ", posted.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))}")));
        watch.Stop();

        var billed = calculated.Sum(r => r.AccountsDone);
        var total = phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Elapsed);
        foreach (var (name, elapsed, cpuSeconds, peak, detail) in phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-10} {elapsed.TotalSeconds,7:F1} s = {billed / elapsed.TotalSeconds,9:N0} accounts/s   CPU {cpuSeconds,6:F1} s   peak {peak,5:N0} MiB   {detail}"));
        }

        var overallPeak = phases.Max(p => p.PeakMiB);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"overall",-10} {total.TotalSeconds,7:F1} s = {billed / total.TotalSeconds,9:N0} accounts/s   CPU {phases.Sum(p => p.CpuSeconds),6:F1} s   peak {overallPeak,5:N0} MiB   {billed:N0} accounts billed (target: 1,000,000 in 300 s, 3,334/s, under 1,024 MiB)"));

        var (bills, lines, insert) = await PlainInsert.RunAsync(workFile, runs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  plain INSERT of the same {bills:N0} bills and {lines:N0} lines (prepared 64-row INSERTs, one transaction, same keys and indexes): {insert.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  ratio run/insert: {total.TotalSeconds / insert.TotalSeconds:F1} (calculate alone/insert: {phases[0].Elapsed.TotalSeconds / insert.TotalSeconds:F1}); load average now {Machine.LoadAverage()}"));

        if (!keep)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { workFile, workFile + "-wal", workFile + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Every account takes the four services; returns the active accounts and the latest read day of the city.</summary>
    private static async Task<(long Accounts, DateOnly LatestRead)> PrepareAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE ServiceAccounts SET Services = {(int)City.FourServices}";
        await command.ExecuteNonQueryAsync();
        command.CommandText = $"SELECT COUNT(*) FROM ServiceAccounts WHERE Status = {(int)UtilityPortal.Domain.Accounts.AccountStatus.Active}";
        var accounts = (long)(await command.ExecuteScalarAsync())!;
        command.CommandText = "SELECT MAX(ReadAt) FROM MeterReads";
        // Stored as EF's binary DateTimeOffset on SQLite (see ProviderContexts).
        var latest = (DateTimeOffset)new DateTimeOffsetToBinaryConverter().ConvertFromProvider((long)(await command.ExecuteScalarAsync())!)!;
        return (accounts, DateOnly.FromDateTime(latest.UtcDateTime));
    }

    /// <summary>The month of the cycle's latest read: this month when its read day has come by the city's latest read, else the one before.</summary>
    private static DateOnly LatestMonth(int cycle, DateOnly latestRead) =>
        cycle <= latestRead.Day ? new DateOnly(latestRead.Year, latestRead.Month, 1) : new DateOnly(latestRead.Year, latestRead.Month, 1).AddMonths(-1);

    private static string Kinds(List<BillRunView> runs) => string.Join(", ", runs.SelectMany(r => r.OpenExceptionsByKind)
        .GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Sum(k => k.Value):N0}")));

    private static async Task<List<BillRunView>> ViewsAsync(IHost host, List<Guid> runs)
    {
        var views = new List<BillRunView>(runs.Count);
        foreach (var run in runs)
        {
            views.Add(await UseAsync<GetBillRun, BillRunView>(host, u => u.HandleAsync(Specialist, run)));
        }

        return views;
    }

    private static async Task<T> UseAsync<TUseCase, T>(IHost host, Func<TUseCase, Task<T>> call)
        where TUseCase : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    /// <summary>A host as a site builds it for billing, with the real high-bill notifier; the workers are off (the benchmark drives the processor).</summary>
    private static async Task<IHost> StartHostAsync(string file, string repositoryRoot, bool verbose)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = repositoryRoot });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Utility"] = $"Data Source={file}",
            ["Billing:Worker:Enabled"] = "false",
            ["Billing:RateSchedulesPath"] = Path.Combine(repositoryRoot, "rates"),
            ["Notifications:Outbox:Enabled"] = "false",
        });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("UtilityPortal.Domain.Billing", verbose ? LogLevel.Debug : LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddUtilityDatabase(builder.Configuration);
        builder.Services.AddScoped<PostToLedger>();
        builder.Services.AddBilling();
        builder.Services.AddBillingBackgroundWork();
        builder.Services.AddUtilityNotifications(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static class City
    {
        public const UtilityPortal.Domain.Accounts.UtilityServices FourServices = UtilityPortal.Domain.Accounts.UtilityServices.Water
            | UtilityPortal.Domain.Accounts.UtilityServices.Sewer | UtilityPortal.Domain.Accounts.UtilityServices.Stormwater
            | UtilityPortal.Domain.Accounts.UtilityServices.Refuse;
    }
}

/// <summary>The process's peak working set (VmHWM), which Linux lets a process reset, so a phase's peak is its own.</summary>
internal static class Memory
{
    public static void ResetPeak()
    {
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    /// <summary>The peak since the last reset; then resets it for the next phase.</summary>
    public static double TakePeakMiB()
    {
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / 1024.0 / 1024.0;
        ResetPeak();
        return peak;
    }
}

/// <summary>The process's CPU time (all threads) since the last take: on a busy machine it shows the work apart from the waiting.</summary>
internal sealed class Cpu
{
    private TimeSpan _last;

    private Cpu(TimeSpan last) => _last = last;

    public static Cpu Start() => new(Now());

    public double Take()
    {
        var now = Now();
        var seconds = (now - _last).TotalSeconds;
        _last = now;
        return seconds;
    }

    private static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
