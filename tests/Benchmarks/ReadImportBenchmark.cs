using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;

/// <summary>
/// read-import: writes a read file of the next months' reads for every active meter of the seeded city (about ten
/// months for 100,000 accounts, for a million lines), imports it through ImportMeterReads into a copy of the city
/// file, then imports the same file again (everything already imported, nothing added). Prints reads per second.
/// </summary>
internal static class ReadImportBenchmark
{
    public static async Task RunAsync(string cityFile, string folder, int lines)
    {
        var workFile = Path.Combine(folder, Path.GetFileNameWithoutExtension(cityFile) + "-read-import.db");
        SqliteConnection.ClearAllPools();
        var copy = Stopwatch.StartNew();
        await Machine.CopySqliteAsync(cityFile, workFile);
        copy.Stop();

        await using var services = Services(workFile);
        var csv = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"reads-{lines}.csv"));
        var generate = Stopwatch.StartNew();
        var (meters, months) = await WriteFileAsync(services, csv, lines);
        generate.Stop();
        var existing = await CountReadsAsync(services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            read-import: {Path.GetFileName(csv)} ({new FileInfo(csv).Length / 1024.0 / 1024.0:N0} MiB): {lines:N0} reads of {meters:N0} meters over {months} months, written in {generate.Elapsed.TotalSeconds:F1} s
                         into a copy of {Path.GetFileName(cityFile)} ({copy.Elapsed.TotalSeconds:F1} s to copy) holding {existing:N0} reads
            """));

        var first = await ImportAsync(services, csv);
        Report("  first import", first.Summary, first.Elapsed, first.PeakMiB);
        var again = await ImportAsync(services, csv);
        Report("  same file again", again.Summary, again.Elapsed, again.PeakMiB);
        var stored = await CountReadsAsync(services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  reads stored after both: {stored:N0} (before: {existing:N0})"));
    }

    private static void Report(string label, ReadImportSummary s, TimeSpan elapsed, double peakMiB) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-18} {s.Lines:N0} lines in {elapsed.TotalSeconds:F1} s = {s.Lines / elapsed.TotalSeconds:N0} reads/s; new {s.NewReads:N0}, already imported {s.AlreadyImported:N0}, refused {s.Refused:N0}; peak working set {peakMiB:N0} MiB"));

    private static async Task<(ReadImportSummary Summary, TimeSpan Elapsed, double PeakMiB)> ImportAsync(ServiceProvider services, string csv)
    {
        GC.Collect();
        var actor = new Actor("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        using var reader = new StreamReader(csv);
        var summary = await scope.ServiceProvider.GetRequiredService<ImportMeterReads>().HandleAsync(actor, new ImportReadsInput(Path.GetFileName(csv)), reader);
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        return (summary, watch.Elapsed, process.PeakWorkingSet64 / 1024.0 / 1024.0);
    }

    /// <summary>Month after month, each active meter's next read about a month after its last: a year of monthly files end to end.</summary>
    private static async Task<(int Meters, int Months)> WriteFileAsync(ServiceProvider services, string csv, int lines)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var meters = await db.Meters.AsNoTracking().Where(m => m.Status == MeterStatus.Active)
            .Select(m => new { m.Id, m.SerialNumber, m.RadioId, m.RegisterDigits })
            .ToListAsync();
        var last = await db.MeterReads.AsNoTracking().GroupBy(r => r.MeterId)
            .Select(g => new { g.Key, At = g.Max(r => r.ReadAt) })
            .ToDictionaryAsync(g => g.Key, g => g.At);
        var months = (lines + meters.Count - 1) / meters.Count;
        var random = new Random(20_260_401);
        var registers = meters.ToDictionary(m => m.Id, _ => (long)random.Next(0, 400_000));
        await using var writer = new StreamWriter(csv);
        await writer.WriteLineAsync(ReadFile.Header);
        var written = 0;
        for (var month = 1; month <= months; month++)
        {
            foreach (var meter in meters)
            {
                if (written == lines)
                {
                    break;
                }

                var at = (last.TryGetValue(meter.Id, out var previous) ? previous : new DateTimeOffset(2026, 1, 1, 7, 0, 0, TimeSpan.Zero)).AddMonths(month);
                var register = registers[meter.Id] += random.Next(3_000, 12_000);
                var key = meter.RadioId is not null && random.Next(10) == 0 ? meter.RadioId : meter.SerialNumber;
                var flags = random.Next(200) == 0 ? "leak" : meter.RadioId is null ? "manual" : string.Empty;
                var max = (long)Math.Pow(10, meter.RegisterDigits);
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{key},{at:yyyy-MM-dd'T'HH:mm:ss'Z'},{register % max},{flags}"));
                written++;
            }
        }

        return (meters.Count, months);
    }

    private static Task<int> CountReadsAsync(ServiceProvider services) => Use(services, db => db.MeterReads.CountAsync());

    private static async Task<T> Use<T>(ServiceProvider services, Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
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
        services.AddMeterReadUseCases();
        return services.BuildServiceProvider();
    }
}
