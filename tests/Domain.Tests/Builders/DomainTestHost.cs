using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Domain.Tests.Builders;

/// <summary>
/// What every area's test harness needs underneath: a database of its own (<see cref="TestDatabase"/>: a SQLite file,
/// or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is set, as CI sets it), services over it with the
/// harness's clock, settings and registrations, a scope per piece of work (as one web request would have), and the
/// cleanup. The harnesses add their area's builders on top.
/// </summary>
internal sealed class DomainTestHost : IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public DomainTestHost(TimeProvider clock, Action<IServiceCollection, IConfiguration> register, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Utility"] = _database.ConnectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUtilityDatabase(configuration);
        register(services, configuration);
        Services = services.BuildServiceProvider();
    }

    public static bool OnPostgres => TestDatabase.OnPostgres;

    public ServiceProvider Services { get; }

    /// <summary>The schema as the sites get it: the provider's migrations.</summary>
    public Task MigrateAsync() => DatabaseInitializer.MigrateAsync(Services);

    /// <summary>The demo rate schedules from the shared rates folder, as the sites load them on first start.</summary>
    public Task AddDemoRateSchedulesAsync(DateTimeOffset at) => WithDbAsync(async db =>
    {
        foreach (var file in RateScheduleFolder.Load(RateScheduleFolder.Resolve("rates", AppContext.BaseDirectory)))
        {
            await RateScheduleStore.AddAsync(db, file.Schedule, file.Document, $"folder:{file.FileName}", "test", at, CancellationToken.None);
        }

        return 0;
    });

    public async Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
    }

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
    }
}
