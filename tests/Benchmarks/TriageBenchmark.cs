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
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Hosting;

/// <summary>
/// Issue 5 §7: with 100,000 accounts and 50,000 open service requests and work orders, the triage queue and the
/// account's Requests tab in p95 under 100 ms. Builds its own SQLite file (accounts, customers and premises, then
/// 50,000 open requests, four in five with a work order, and disconnects making 50,000 open work orders, spread over types, priorities and due times), then times the use
/// cases the two pages call, each in a new scope as one web request: the triage queue with its counts under five
/// filters and pages, and the Requests tab of accounts that have requests. The Razor rendering of a 50-row page is
/// not included. Prints figures, asserts nothing.
/// </summary>
internal static class TriageBenchmark
{
    private static readonly Actor Staff = new("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static async Task<int> RunAsync(string folder, int accounts, int requests, int samples)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"triage-{accounts}-{requests}.db"));
        var fresh = !File.Exists(file);
        await using var services = Services(file);
        if (fresh)
        {
            await DatabaseInitializer.MigrateAsync(services);
            var seed = Stopwatch.StartNew();
            await SeedAsync(services, accounts, requests);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"triage: seeded {accounts:N0} accounts, {requests:N0} open requests and {requests:N0} open work orders in {seed.Elapsed.TotalSeconds:F0} s"));
        }

        var numbers = await WithDbAsync(services, db => db.ServiceRequests.AsNoTracking().Where(r => r.ServiceAccountId != null)
            .Join(db.ServiceAccounts, r => r.ServiceAccountId, a => a.Id, (r, a) => a.Number).Distinct().Take(2_000).ToListAsync());
        TriageFilter[] filters =
        [
            new(), new(BreachedOnly: true), new(Type: ServiceRequestType.ReportLeak), new(Priority: RequestPriority.High, Page: 3),
            new(Status: ServiceRequestStatus.Submitted, Type: ServiceRequestType.MeterProblem),
        ];
        for (var i = 0; i < 20; i++)
        {
            await QueueAsync(services, filters[i % filters.Length]);
            await TabAsync(services, numbers[i % numbers.Count].Value);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"triage: {samples:N0} triage queue pages and {samples:N0} account Requests tabs, one at a time; load average {Machine.LoadAverage()}"));
        var queue = await TimeAsync(samples, i => QueueAsync(services, filters[i % filters.Length]));
        var tab = await TimeAsync(samples, i => TabAsync(services, numbers[(i * 7) % numbers.Count].Value));
        Print("triage queue", queue);
        Print("requests tab", tab);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  load average now {Machine.LoadAverage()}"));
        return 0;
    }

    private static async Task QueueAsync(ServiceProvider services, TriageFilter filter)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ServiceTriage>().ListAsync(Staff, filter);
        if (page.OpenCount == 0)
        {
            throw new InvalidOperationException("The queue is empty.");
        }
    }

    private static async Task TabAsync(ServiceProvider services, string number)
    {
        await using var scope = services.CreateAsyncScope();
        var tab = await scope.ServiceProvider.GetRequiredService<ServiceRequestLists>().ForAccountAsync(Staff, number);
        if (tab.Requests.Count == 0)
        {
            throw new InvalidOperationException($"Account {number} has no requests.");
        }
    }

    private static async Task<List<double>> TimeAsync(int samples, Func<int, Task> work)
    {
        var timings = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var one = Stopwatch.StartNew();
            await work(i);
            timings.Add(one.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return timings;
    }

    private static void Print(string what, List<double> sorted) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {what,-13} p50 {Percentile(sorted, 50),7:F2} ms   p95 {Percentile(sorted, 95),7:F2} ms   p99 {Percentile(sorted, 99),7:F2} ms   max {sorted[^1],7:F2} ms (target: p95 under 100 ms)"));

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    /// <summary>Accounts in sets of 5,000; then requests (types, priorities and filing times spread over 30 days) each with one work order.</summary>
    private static async Task SeedAsync(ServiceProvider services, int accounts, int requests)
    {
        var ids = new List<Guid>(accounts);
        for (var start = 0; start < accounts; start += 5_000)
        {
            await WithDbAsync(services, async db =>
            {
                for (var n = start; n < Math.Min(accounts, start + 5_000); n++)
                {
                    var address = PostalAddress.Create(string.Create(CultureInfo.InvariantCulture, $"{n + 1} Benchmark Ave"), null, "Palm Harbor City", "FL", "33401");
                    var customer = new Customer(CustomerKind.Person, string.Create(CultureInfo.InvariantCulture, $"Customer {n + 1}"), address);
                    var premise = new Premise(string.Create(CultureInfo.InvariantCulture, $"77-{n + 1:D10}"), address, true, PremiseClass.Residential, 1, 2_000, customer.Name);
                    var account = new ServiceAccount(AccountNumber.FromSequence(n + 1), customer.Id, premise.Id, AccountRole.Owner, 1 + (n % 20),
                        UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2020, 1, 1));
                    account.Activate();
                    db.AddRange(customer, premise, account);
                    ids.Add(account.Id);
                }

                return await db.SaveChangesAsync();
            });
        }

        var types = Enum.GetValues<ServiceRequestType>();
        var now = DateTimeOffset.UtcNow;
        for (var start = 0; start < requests; start += 5_000)
        {
            await WithDbAsync(services, async db =>
            {
                for (var n = start; n < Math.Min(requests, start + 5_000); n++)
                {
                    var type = types[n % types.Length];
                    var filed = now.AddMinutes(-(n * 37 % (30 * 24 * 60)));
                    var request = new ServiceRequest(type, ids[(int)((n * 7919L) % ids.Count)], null, null, "Benchmark caller",
                        new ServiceRequestDetails("Benchmark request", "By the meter", LeakSeverity.Steady), ContactPreference.None, filed);
                    var priority = (RequestPriority)(1 + (n % 4));
                    request.Triage(priority, filed.AddHours(priority switch { RequestPriority.Emergency => 4, RequestPriority.High => 24, RequestPriority.Normal => 72, _ => 168 }),
                        "Benchmark", filed);
                    db.ServiceRequests.Add(request);
                    if (n % 5 != 0)
                    {
                        // Four in five have gone to the field.
                        request.Dispatch();
                        db.WorkOrders.Add(WorkOrder.ForRequest(request, request.ServiceAccountId!.Value,
                            ServiceRequestTypes.UsualWork(type) ?? WorkOrderType.ReRead, filed, "Benchmark", null));
                    }
                    else
                    {
                        // The rest wait for a specialist; collections' disconnects fill the work order queue to as many orders as requests.
                        db.WorkOrders.Add(new WorkOrder(ids[(int)((n * 104729L) % ids.Count)], WorkOrderType.Disconnect,
                            string.Create(CultureInfo.InvariantCulture, $"benchmark:{n}"), filed, "Benchmark"));
                    }
                }

                return await db.SaveChangesAsync();
            });
        }
    }

    private static async Task<T> WithDbAsync<T>(ServiceProvider services, Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
    }

    private static ServiceProvider Services(string file)
    {
        SqliteConnection.ClearAllPools();
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Utility"] = $"Data Source={file}" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(config);
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddDomainUseCases();
        return services.BuildServiceProvider();
    }
}
