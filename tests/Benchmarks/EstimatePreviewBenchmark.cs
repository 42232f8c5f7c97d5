using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi;
using UtilityPortal.GraphApi.Hosting;

/// <summary>
/// Issue 5 §7: <c>estimatePreview</c> p95 under 10 ms. Each request runs the way /graphql serves it, minus the socket:
/// a new request scope, the document executer with the schema, its validation rules (authorization included) and the
/// error middleware, an anonymous caller, variables, and the JSON serializer writing the result; the rate schedules
/// are read through the catalog from the database (SQLite file) as on the Portal. Prints figures, asserts nothing.
/// </summary>
internal static class EstimatePreviewBenchmark
{
    private const string Query = """
        query($input: EstimatePreviewInput!) {
          estimatePreview(input: $input) { scheduleCode ercs total lines { description amount } }
        }
        """;

    private static readonly string[] Sizes = ["5/8", "3/4", "1", "1-1/2", "2", "3", "4", "6"];

    public static async Task<int> RunAsync(string folder, int requests)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "estimate-preview.db");
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        await using var services = Services(file);
        await DatabaseInitializer.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
            var rates = RateScheduleFolder.Resolve("rates", DatabaseInitializer.FindRepositoryRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory());
            var supervisor = new Actor("benchmark", "Benchmark", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Supervisor });
            foreach (var schedule in RateScheduleFolder.Load(rates))
            {
                await new UploadRateSchedule(db, TimeProvider.System).HandleAsync(supervisor, new UploadRateScheduleInput(schedule.FileName, schedule.Document));
            }
        }

        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        for (var i = 0; i < 50; i++)
        {
            await ExecuteAsync(services, anonymous, i);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"estimate-preview: {requests:N0} anonymous estimatePreview requests through the GraphQL executor, one at a time; load average {Machine.LoadAverage()}"));
        var timings = new List<double>(requests);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var one = Stopwatch.StartNew();
            await ExecuteAsync(services, anonymous, i);
            timings.Add(one.Elapsed.TotalMilliseconds);
        }

        watch.Stop();
        timings.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per request  p50 {Percentile(timings, 50),6:F2} ms   p95 {Percentile(timings, 95),6:F2} ms   p99 {Percentile(timings, 99),6:F2} ms   max {timings[^1],6:F2} ms (target: p95 under 10 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {requests / watch.Elapsed.TotalSeconds:N0} requests/s over {watch.Elapsed.TotalSeconds:F1} s; load average now {Machine.LoadAverage()}"));
        return 0;
    }

    /// <summary>One request: every meter size, class, sewer, city and demand combination in turn.</summary>
    private static async Task ExecuteAsync(ServiceProvider services, ClaimsPrincipal user, int i)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var input = new Dictionary<string, object?>
        {
            ["customerClass"] = i % 3 == 0 ? "RESIDENTIAL" : "COMMERCIAL",
            ["meterSize"] = Sizes[i % 3 == 0 ? i % 5 : i % Sizes.Length],
            ["sewer"] = i % 2 == 0,
            ["insideCity"] = i % 4 != 0,
            ["averageDailyGallons"] = i % 3 == 1 ? 200 + (i % 40) * 100 : null,
        };
        var result = await provider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
        {
            options.Schema = provider.GetRequiredService<ISchema>();
            options.Query = Query;
            options.Variables = new Dictionary<string, object?> { ["input"] = input }.ToInputs();
            options.User = user;
            options.RequestServices = provider;
        });
        using var body = new MemoryStream();
        await provider.GetRequiredService<IGraphQLSerializer>().WriteAsync(body, result);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"estimatePreview failed: {errors[0].Message}");
        }
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static ServiceProvider Services(string file)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Utility"] = $"Data Source={file}" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = "Portal" });
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(config);
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddDomainUseCases();
        services.AddUtilityGraphApi();
        return services.BuildServiceProvider();
    }
}
