using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// webhook: what /webhooks/stripe does for each delivery (verify the signature over the raw body, read the event,
/// process it) against a real SQLite file or PostgreSQL, 50 deliveries at a time (--concurrency N). --events N (default 6,000):
/// half of them checkout.session.completed and half payment_intent.succeeded for the same checkouts, shuffled, so
/// about half post a payment and half find it posted. They are measured after a warm-up round of --warmup N more
/// (default 20,000) on other checkouts, --rounds N times (default 5) on fresh checkouts. Prints p50/p95/p99/max per
/// delivery and what it cost (<see cref="WebhookWriterWatch"/>) for each round, the median p95, and checks every payment
/// posted once. Target (issue 4): p95 under 50 ms with 50 concurrent deliveries.
/// </summary>
internal static class WebhookBenchmark
{
    private const string Secret = "whsec_benchmark";

    /// <param name="postgres">A server connection string (--postgres): the benchmark creates and drops its own database there.</param>
    public static async Task<int> RunAsync(string folder, int events, int warmup, string? postgres = null, int concurrency = 50, int rounds = 5)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "webhook.db");
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        var database = postgres is null ? null : new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = "webhook_bench_" + Guid.NewGuid().ToString("N")[..8] };
        await using var services = Services(database is null ? $"Data Source={file}" : database.ConnectionString, database is null ? "Sqlite" : "Postgres");
        await DatabaseInitializer.MigrateAsync(services);
        await DemoCitySeeder.SeedAsync(services, new DemoCityOptions { Accounts = 500, HistoryMonths = 1 }, includeDemoLogins: false);
        var all = await CheckoutsAsync(services, warmup / 2 + rounds * (events / 2));
        var warmCheckouts = all[..(warmup / 2)];
        var target = database is null ? "SQLite " + Path.GetFileName(file) : "PostgreSQL " + database.Database;

        // A freshly started process runs its code unoptimised at first and recompiles the hot paths over its first
        // tens of seconds (tiered JIT): in one run the CPU per event fell from 2.5 ms to 0.6 ms over the first 20,000.
        // A live site is long past that, so the measured rounds start once a warm-up round has run the same path.
        var warm = Stopwatch.StartNew();
        await DeliverAllAsync(services, Payloads(warmCheckouts), concurrency);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhook: warm-up of {warmCheckouts.Count * 2:N0} deliveries in {warm.Elapsed.TotalSeconds:F1} s, not measured"));

        // This machine's disk and cores are shared, and one round's p95 differs from the next by up to 20 ms: the
        // rounds' median is the figure to quote.
        var p95s = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var payloads = Payloads(all.Slice(warmup / 2 + (round - 1) * (events / 2), events / 2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"webhook round {round}: {payloads.Count:N0} signed deliveries for {payloads.Count / 2:N0} checkouts, {concurrency} at a time, {target}; load average {Machine.LoadAverage()}"));
            using var writer = new WebhookWriterWatch(databaseInProcess: database is null);
            var watch = Stopwatch.StartNew();
            var timings = await DeliverAllAsync(services, payloads, concurrency);
            watch.Stop();
            writer.Stop();

            var sorted = timings.Order().ToList();
            p95s.Add(Percentile(sorted, 95));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per delivery  p50 {Percentile(sorted, 50),6:F1} ms   p95 {Percentile(sorted, 95),6:F1} ms   p99 {Percentile(sorted, 99),6:F1} ms   max {sorted[^1],6:F1} ms; {sorted.Count / watch.Elapsed.TotalSeconds:N0} deliveries/s over {watch.Elapsed.TotalSeconds:F1} s"));
            foreach (var line in writer.Report(sorted.Count, concurrency))
            {
                Console.WriteLine(line);
            }
        }

        var posted = await PostedAsync(services);
        var ordered = p95s.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"webhook: p95 over {rounds} rounds: median {ordered[ordered.Count / 2]:F1} ms (best {ordered[0]:F1}, worst {ordered[^1]:F1}; target: under 50 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {posted.Payments:N0} payments posted with {posted.Entries:N0} journal entries (each once, warm-up included: {posted.Payments == all.Count && posted.Entries == all.Count})"));
        if (database is not null)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UtilityDbContext>().Database.EnsureDeletedAsync();
        }

        return 0;
    }

    /// <summary>Both events of each checkout, shuffled.</summary>
    private static List<string> Payloads(List<Guid> checkouts) =>
        [.. checkouts.SelectMany(c => new[] { Event("checkout.session.completed", Session(c)), Event("payment_intent.succeeded", Intent(c)) })
            .OrderBy(_ => Random.Shared.Next())];

    /// <summary>Every payload delivered, <paramref name="concurrency"/> at a time; each delivery's time in ms.</summary>
    private static async Task<ConcurrentBag<double>> DeliverAllAsync(ServiceProvider services, List<string> payloads, int concurrency)
    {
        var timings = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(payloads, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (payload, ct) =>
        {
            var signature = Sign(payload, DateTimeOffset.UtcNow);
            var one = Stopwatch.StartNew();
            await DeliverAsync(services, payload, signature, ct);
            timings.Add(one.Elapsed.TotalMilliseconds);
        });
        return timings;
    }

    /// <summary>The endpoint's work for one delivery, without HTTP: verify, read, process.</summary>
    private static async Task DeliverAsync(ServiceProvider services, string payload, string signature, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var stripeEvent = Stripe.EventUtility.ConstructEvent(payload, signature, Secret, 300, throwOnApiVersionMismatch: false);
        var gatewayEvent = await scope.ServiceProvider.GetRequiredService<StripeEventReader>().ReadAsync(stripeEvent, ct);
        await scope.ServiceProvider.GetRequiredService<ProcessGatewayEvent>().HandleAsync(gatewayEvent, ct);
    }

    /// <summary>Open checkouts of one resident, each paying one account, written straight to the database.</summary>
    private static async Task<List<Guid>> CheckoutsAsync(ServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var user = new UtilityUser { UserName = "payer@example.com", Email = "payer@example.com", DisplayName = "Payer" };
        db.Users.Add(user);
        var accounts = await db.ServiceAccounts.AsNoTracking().Select(a => a.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            var amount = Money.Of(10m + (i % 90));
            db.CheckoutSessions.Add(CheckoutSession.Open(id, user.Id, new HostedCheckout($"cs_bench_{id:N}", new Uri("https://checkout.stripe.test/")), StripeGateway.GatewayName,
                amount, new Uri("http://localhost/Pay/Done"), new Uri("http://localhost/Pay"), now));
            db.Payments.Add(Payment.Started(accounts[i % accounts.Count], amount, Tender.Card, PaymentChannel.Portal, id, now, user.Id));
            ids.Add(id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static async Task<(int Payments, int Entries)> PostedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var payments = await db.Payments.AsNoTracking().Where(p => p.CheckoutId != null && p.Status == PaymentStatus.Posted).Select(p => p.Id).ToListAsync();
        var keys = payments.Select(id => $"payment:{id}").ToList();
        var entries = 0;
        foreach (var chunk in keys.Chunk(500))
        {
            entries += await db.JournalEntries.CountAsync(e => chunk.Contains(e.IdempotencyKey));
        }

        return (payments.Count, entries);
    }

    private static object Session(Guid checkoutId) => new
    {
        id = $"cs_bench_{checkoutId:N}",
        @object = "checkout.session",
        mode = "payment",
        payment_status = "paid",
        payment_intent = $"pi_bench_{checkoutId:N}",
        metadata = new Dictionary<string, string> { ["checkout_id"] = checkoutId.ToString() },
    };

    private static object Intent(Guid checkoutId) => new
    {
        id = $"pi_bench_{checkoutId:N}",
        @object = "payment_intent",
        status = "succeeded",
        metadata = new Dictionary<string, string> { ["checkout_id"] = checkoutId.ToString() },
    };

    private static string Event(string type, object dataObject) => JsonSerializer.Serialize(new
    {
        id = "evt_bench_" + Guid.NewGuid().ToString("N"),
        @object = "event",
        api_version = Stripe.StripeConfiguration.ApiVersion,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        livemode = false,
        type,
        data = new { @object = dataObject },
    });

    private static string Sign(string payload, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{payload}")))}";
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static ServiceProvider Services(string connection, string provider)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Utility"] = connection, ["Database:Provider"] = provider })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(config);
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddScoped<PostPayment>();
        services.AddMetrics();
        services.AddSingleton<GatewayEventMetrics>();
        services.AddSingleton<GatewayEventBatcher>();
        services.AddScoped<GatewayEventBatch>();
        services.AddScoped<ProcessGatewayEvent>();
        services.AddScoped<StripeEventReader>();
        services.AddSingleton(new Stripe.StripeClient("sk_test_benchmark"));
        return services.BuildServiceProvider();
    }
}
