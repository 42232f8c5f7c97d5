using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Billing.Tests;

/// <summary>
/// A host as a site would build it for billing (database, use cases, the startup schedule import) on a fresh database
/// of its own: a SQLite file, or PostgreSQL when UTILITYPORTAL_TEST_POSTGRES is set. The clock is fake and stands at
/// 2026-11-10 10:00 in Florida; high-bill notices are recorded instead of sent. The bill run worker is off so each
/// test drives runs itself.
/// </summary>
public sealed class BillingHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);

    public static readonly Actor Specialist = new("u-specialist", "specialist1@example.com", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static readonly Actor Supervisor = new("u-supervisor", "supervisor@example.com", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Supervisor });

    private readonly TestDatabase _database;

    private BillingHost(IHost host, TestDatabase database)
    {
        Host = host;
        _database = database;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public RecordingNotifier Notifier => Services.GetRequiredService<RecordingNotifier>();

    public TestDatabase Database => _database;

    public static async Task<BillingHost> StartAsync(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        var database = new TestDatabase();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Utility"] = database.ConnectionString,
            ["Billing:Worker:Enabled"] = "false",
            ["Billing:SetSize"] = "3",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now ?? Now));
        builder.Services.AddUtilityDatabase(builder.Configuration);
        builder.Services.AddScoped<AccountAccess>();
        builder.Services.AddScoped<PostToLedger>();
        builder.Services.AddBilling();
        builder.Services.AddBillingBackgroundWork();
        builder.Services.AddSingleton<RecordingNotifier>();
        builder.Services.AddScoped<IHighBillNotifier>(sp => sp.GetRequiredService<RecordingNotifier>());
        var host = builder.Build();
        var billing = new BillingHost(host, database);
        try
        {
            await DatabaseInitializer.MigrateAsync(host.Services);
            await host.StartAsync();
            return billing;
        }
        catch
        {
            host.Dispose();
            database.Dispose();
            throw;
        }
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> DbAsync<T>(Func<UtilityDbContext, Task<T>> work) => WithAsync(sp => work(sp.GetRequiredService<UtilityDbContext>()));

    public Task<T> UseCase<TUseCase, T>(Func<TUseCase, Task<T>> call)
        where TUseCase : notnull => WithAsync(sp => call(sp.GetRequiredService<TUseCase>()));

    /// <summary>Starts (or finds) the run of a cycle and month and lets a worker calculate it.</summary>
    public async Task<BillRunView> CalculateRunAsync(int cycle, int year, int month)
    {
        var started = await UseCase<StartBillRun, StartBillRunResult>(u => u.HandleAsync(Specialist, new StartBillRunInput(cycle, year, month)));
        await Services.GetRequiredService<BillRunProcessor>().ProcessAsync(started.RunId, "test-worker");
        return await RunAsync(started.RunId);
    }

    public Task<BillRunView> RunAsync(Guid runId) => UseCase<GetBillRun, BillRunView>(u => u.HandleAsync(Specialist, runId));

    /// <summary>Approves a run in review, asks for it to be posted, and lets a worker post it.</summary>
    public async Task<BillRunView> ApproveAndPostAsync(Guid runId, DateOnly? issueDate = null)
    {
        await UseCase<ApproveBillRun, ApproveBillRunResult>(u => u.HandleAsync(Specialist, new ApproveBillRunInput(runId)));
        await UseCase<PostBillRun, PostBillRunResult>(u => u.HandleAsync(Specialist, new PostBillRunInput(runId, issueDate)));
        await Services.GetRequiredService<BillRunProcessor>().ProcessAsync(runId, "test-worker");
        return await RunAsync(runId);
    }

    public Task<List<Bill>> BillsOfAsync(Guid accountId) =>
        DbAsync(db => db.Bills.AsNoTracking().Include(b => b.Lines).Include(b => b.Reads).Where(b => b.ServiceAccountId == accountId).ToListAsync());

    public Task<decimal> BalanceAsync(Guid accountId) =>
        DbAsync(async db => (await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId).Select(e => e.Amount).ToListAsync()).Sum(m => m.Amount));

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        _database.Dispose();
    }
}

/// <summary>Records every high-bill notice; can be told to fail, as a notifier whose database or channel is down would.</summary>
public sealed class RecordingNotifier : IHighBillNotifier
{
    public ConcurrentQueue<HighBillNotice> Notices { get; } = new();

    public bool Fail { get; set; }

    public Task NotifyAsync(HighBillNotice notice, CancellationToken ct = default)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The notification channel is down.");
        }

        Notices.Enqueue(notice);
        return Task.CompletedTask;
    }
}
