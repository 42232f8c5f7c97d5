using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;

// Benchmarks print their figures and assert nothing (docs: DESIGN.md §8). Run in Release, on a quiet machine (each
// prints the load average; other builds on these 2 cores show in the figures):
//   dotnet run -c Release --project tests/Benchmarks -- seed|search|account-page|read-import|bill-run|all [--fresh] [--accounts N] [--months M] [--reads N] [--keep] [--verbose]
// seed:         what `seed --accounts N` does, into a fresh file: the default history (12 months of ledger and 13 of
//               reads above 20,000 accounts).
// search:       500 staff searches of six kinds through SearchAccounts, over that file.
// account-page: GetAccountOverview for 500 accounts, over a second file seeded with the full 24 months of ledger.
// read-import:  a read file of the next months' reads of every meter (--reads N, default 1,000,000) imported into a copy
//               of the seed file through ImportMeterReads, then the same file again (see ReadImportBenchmark.cs).
//               Target (issue 3): 1,000,000 reads in under 60 s.
// bill-run:     a month's cycle billing of every account of a copy of the seed file, all with four services: the 20
//               cycle runs calculated, reviewed (exceptions accepted in bulk), approved and posted through the use cases
//               and BillRunProcessor; accounts/s per phase, peak working set, and a plain INSERT of the same bill and
//               line rows for comparison (see BillRunBenchmark.cs). --keep keeps the copy; --verbose logs each run's
//               wall time by step. Target (issue 3):
//               1,000,000 accounts in under 5 minutes with a peak working set under 1 GiB:
//                 dotnet run -c Release --project tests/Benchmarks -- bill-run --accounts 1000000
// The files stay in artifacts/benchmarks (git-ignored) and are reused; --fresh rebuilds them. A million-account city
// file takes about 13 GB and each copy as much again.
var name = args.FirstOrDefault() ?? "all";
var fresh = args.Contains("--fresh");
var accounts = IntOption(args, "--accounts") ?? 100_000;
var months = IntOption(args, "--months");
var root = DatabaseInitializer.FindRepositoryRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var folder = Path.Combine(root, "artifacts", "benchmarks");
var cityFile = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"city-{accounts}.db"));
var ledgerFile = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"city-{accounts}-24m.db"));
if (name == "triage") { return await TriageBenchmark.RunAsync(folder, accounts, IntOption(args, "--requests") ?? 50_000, IntOption(args, "--samples") ?? 500); }
if (name == "webhook") { return await WebhookBenchmark.RunAsync(folder, IntOption(args, "--events") ?? 6_000, IntOption(args, "--warmup") ?? 20_000, args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault(), IntOption(args, "--concurrency") ?? 50, IntOption(args, "--rounds") ?? 5); }
if (name == "estimate-preview") { return await EstimatePreviewBenchmark.RunAsync(folder, IntOption(args, "--requests") ?? 2_000); }

if (name is not ("seed" or "search" or "account-page" or "read-import" or "bill-run" or "lockbox" or "all"))
{
    Console.WriteLine("usage: Benchmarks seed|search|account-page|read-import|bill-run|all [--fresh] [--accounts N] [--months M] [--reads N] [--keep] [--verbose]");
    return 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"UtilityPortal benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Machine.LoadAverage()}"));
if (name is "seed" or "all" || (name != "lockbox" && (fresh || !File.Exists(cityFile))))
{
    await SeedAsync(cityFile, accounts, months);
}

if (name is "search" or "all")
{
    await SearchAsync(cityFile);
}

if (name is "account-page" or "all")
{
    if (fresh || !File.Exists(ledgerFile))
    {
        await SeedAsync(ledgerFile, accounts, DemoCity.DefaultHistoryMonths);
    }

    await AccountPageAsync(ledgerFile);
}

if (name is "read-import" or "all")
{
    await ReadImportBenchmark.RunAsync(cityFile, folder, IntOption(args, "--reads") ?? 1_000_000);
}

if (name is "lockbox")
{
    await LockboxBenchmark.RunAsync(folder, accounts, IntOption(args, "--lines") ?? 100_000, fresh);
}

if (name is "bill-run" or "all")
{
    await BillRunBenchmark.RunAsync(cityFile, folder, root, args.Contains("--keep"), args.Contains("--verbose"));
}

return 0;

static async Task SeedAsync(string file, int accounts, int? months)
{
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    SqliteConnection.ClearAllPools();
    foreach (var path in new[] { file, file + "-wal", file + "-shm" })
    {
        File.Delete(path);
    }

    await using var services = Services(file);
    var migrate = Stopwatch.StartNew();
    await DatabaseInitializer.MigrateAsync(services);
    migrate.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = await DemoCitySeeder.SeedAsync(services, new DemoCityOptions { Accounts = accounts, HistoryMonths = months }, includeDemoLogins: true);
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        seed {Path.GetFileName(file)}: {result.Accounts:N0} accounts in {result.Elapsed.TotalSeconds:F1} s = {result.AccountsPerSecond:N0} accounts/s, {cpu.TotalSeconds:F1} s CPU (migrate {migrate.Elapsed.TotalSeconds:F1} s before it)
              {result.Customers:N0} customers, {result.Premises:N0} premises, {result.Meters:N0} meters,
              {result.JournalEntries:N0} journal entries ({result.HistoryMonths} months), {result.MeterReads:N0} meter reads, {result.SearchTerms:N0} search terms, demo logins: {result.DemoLogins}
              file {new FileInfo(file).Length / 1024.0 / 1024.0:N0} MiB
        """));
}

static async Task SearchAsync(string file)
{
    await using var services = Services(file);
    var samples = await SampleAccountsAsync(services, 500, seed: 7);
    var queries = new List<(string Kind, string Query)>();
    for (var i = 0; i < samples.Count; i++)
    {
        var s = samples[i];
        queries.Add((i % 6) switch
        {
            0 => ("number prefix", s.Number[..6]),
            1 => ("last name", s.Name.Split(' ')[^1]),
            2 => ("street", StreetOf(s.Line1)),
            3 => ("parcel", s.Parcel),
            4 => ("phone", s.Phone is null ? s.Number : PhoneNumber.FromStored(s.Phone).ToDisplay()),
            _ => ("e-mail", s.Email ?? s.Name),
        });
    }

    var actor = new Actor("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
    var hits = 0L;
    foreach (var (_, query) in queries.Take(25))
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchAccounts>().HandleAsync(actor, query);
    }

    var timings = new List<(string Kind, double Ms)>();
    foreach (var (kind, query) in queries)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SearchAccounts>().HandleAsync(actor, query);
        watch.Stop();
        hits += result.Count;
        timings.Add((kind, watch.Elapsed.TotalMilliseconds));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"search: {timings.Count} staff searches through SearchAccounts, {hits / (double)timings.Count:F1} hits each on average"));
    Report("  all kinds", timings.Select(t => t.Ms).ToList());
    foreach (var group in timings.GroupBy(t => t.Kind))
    {
        Report("  " + group.Key, group.Select(t => t.Ms).ToList());
    }
}

static async Task AccountPageAsync(string file)
{
    await using var services = Services(file);
    var samples = await SampleAccountsAsync(services, 500, seed: 11);
    var actor = new Actor("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
    foreach (var sample in samples.Take(25))
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GetAccountOverview>().HandleAsync(actor, sample.Number);
    }

    var timings = new List<double>();
    long rows = 0;
    foreach (var sample in samples)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var overview = await scope.ServiceProvider.GetRequiredService<GetAccountOverview>().HandleAsync(actor, sample.Number);
        watch.Stop();
        timings.Add(watch.Elapsed.TotalMilliseconds);
        rows += sample.LedgerRows;
        _ = overview;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"account-page: GetAccountOverview for {timings.Count} random accounts, {rows / (double)timings.Count:F1} ledger rows each on average"));
    Report("  overview", timings);
}

static async Task<List<Sample>> SampleAccountsAsync(ServiceProvider services, int count, int seed)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
    var total = await db.ServiceAccounts.CountAsync();
    var random = new Random(seed);
    var numbers = Enumerable.Range(0, count).Select(_ => AccountNumber.FromSequence(random.Next(1, total + 1))).ToList();
    var samples = new List<Sample>(count);
    foreach (var number in numbers)
    {
        var s = await db.ServiceAccounts.AsNoTracking().Where(a => a.Number == number)
            .Select(a => new
            {
                a.Id,
                a.Customer!.Name,
                a.Customer.Email,
                Phone = a.Customer.MobilePhone ?? a.Customer.HomePhone,
                a.Premise!.ServiceAddress.Line1,
                a.Premise.ParcelId,
            })
            .SingleAsync();
        var rows = await db.JournalEntries.CountAsync(e => e.ServiceAccountId == s.Id);
        samples.Add(new Sample(number.Value, s.Name, s.Email, s.Phone?.E164, s.Line1, s.ParcelId, rows));
    }

    return samples;
}

static string StreetOf(string line1)
{
    var space = line1.IndexOf(' ', StringComparison.Ordinal);
    return space > 0 ? line1[(space + 1)..] : line1;
}

static void Report(string label, List<double> ms)
{
    ms.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-16} n={ms.Count,4}  p50 {Percentile(ms, 50),7:F2} ms  p95 {Percentile(ms, 95),7:F2} ms  p99 {Percentile(ms, 99),7:F2} ms  max {ms[^1],7:F2} ms"));
}

static double Percentile(List<double> sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

static ServiceProvider Services(string file)
{
    var config = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Utility"] = $"Data Source={file}" })
        .Build();
    var services = new ServiceCollection();
    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("UtilityPortal", LogLevel.Debug).AddSimpleConsole(o => o.SingleLine = true));
    services.AddSingleton(TimeProvider.System);
    services.AddUtilityDatabase(config);
    services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
    services.AddScoped<AccountAccess>();
    services.AddScoped<SearchAccounts>();
    services.AddScoped<GetAccountOverview>();
    return services.BuildServiceProvider();
}

static int? IntOption(string[] args, string option)
{
    var i = Array.IndexOf(args, option);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
}

internal sealed record Sample(string Number, string Name, string? Email, string? Phone, string Line1, string Parcel, int LedgerRows);
