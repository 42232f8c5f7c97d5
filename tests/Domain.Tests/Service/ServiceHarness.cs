using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>
/// A migrated database (SQLite file, or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is set) with the
/// service request use cases as the sites register them, the demo rate schedules and a fake clock at 2026-11-26 10:00
/// in Florida. The other harnesses do not register the Service area, hence this one.
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public static readonly Actor Specialist = new("u-spec", "Ana Ruiz", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
    public static readonly Actor Supervisor = new("u-sup", "Carmen Delgado", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Supervisor });
    public static readonly Actor Resident = new("u-res", "Maria Lopez", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });
    public static readonly Actor Stranger = new("u-other", "Someone Else", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private long _sequence;

    private ServiceHarness(Action<IServiceCollection>? extra)
    {
        var postgres = Environment.GetEnvironmentVariable("UTILITYPORTAL_TEST_POSTGRES");
        var settings = new Dictionary<string, string?>();
        if (string.IsNullOrWhiteSpace(postgres))
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "utilityportal-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_sqliteFolder);
            settings["ConnectionStrings:Utility"] = $"Data Source={Path.Combine(_sqliteFolder, "service.db")}";
        }
        else
        {
            _postgresAdmin = postgres;
            _postgresName = "up_test_" + Guid.NewGuid().ToString("N");
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Utility"] = new NpgsqlConnectionStringBuilder(postgres) { Database = _postgresName }.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddUtilityDatabase(configuration);
        services.AddScoped<AccountAccess>();
        services.AddSingleton(QuietHours.Default);
        services.AddBilling();
        services.AddPayments();
        Attachments.AttachmentsRegistration.AddAttachments(services);
        ServiceRegistration.AddServiceRequests(services);
        extra?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services { get; }

    public static async Task<ServiceHarness> CreateAsync(Action<IServiceCollection>? extra = null)
    {
        var harness = new ServiceHarness(extra);
        await DatabaseInitializer.MigrateAsync(harness.Services);
        await harness.WithDbAsync(async db =>
        {
            foreach (var person in new[] { Resident, Stranger })
            {
                db.Users.Add(new UtilityUser { Id = person.UserId, UserName = person.UserId, DisplayName = person.Name });
            }

            await db.SaveChangesAsync();
            foreach (var file in RateScheduleFolder.Load(RateScheduleFolder.Resolve("rates", AppContext.BaseDirectory)))
            {
                await RateScheduleStore.AddAsync(db, file.Schedule, file.Document, $"folder:{file.FileName}", "test", Now, CancellationToken.None);
            }

            return 0;
        });
        return harness;
    }

    /// <summary>An active account whose customer takes e-mail (and texts, with consent) in <paramref name="language"/>, linked to <see cref="Resident"/>.</summary>
    public Task<ServiceAccount> AccountAsync(bool sms = false, string language = Languages.English) => WithDbAsync(async db =>
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", address, $"c{sequence}@example.com", preferredLanguage: language);
        if (sms)
        {
            customer.UpdateContact(new ContactDetails($"c{sequence}@example.com", address, null, null, null, PhoneNumber.Parse("(305) 555-0123"), language, true),
                DateOnly.FromDateTime(Now.UtcDateTime), Now, "test");
        }

        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2_500, customer.Name);
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2025, 1, 1));
        account.Activate();
        db.AddRange(customer, premise, account);
        db.AccountLinks.Add(new AccountLink(Resident.UserId, account.Id, Now));
        await db.SaveChangesAsync();
        return account;
    });

    /// <summary>A future slot (starting <paramref name="inHours"/> from now, two hours long).</summary>
    public Task<AppointmentSlot> SlotAsync(int capacity = 1, int inHours = 24) => WithDbAsync(async db =>
    {
        var slot = new AppointmentSlot(Now.AddHours(inHours), Now.AddHours(inHours + 2), capacity, "test", Now);
        db.AppointmentSlots.Add(slot);
        await db.SaveChangesAsync();
        return slot;
    });

    public async Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
    }

    /// <summary>Runs a use case in its own scope, as one web request would.</summary>
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> work)
        where TUseCase : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public Task<ServiceRequest> FileAsync(FileServiceRequestInput input, Actor? actor = null) =>
        RunAsync<FileServiceRequest, ServiceRequest>(u => u.HandleAsync(actor ?? Resident, input));

    public Task<ServiceRequest> RequestAsync(Guid id) => WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    public Task<List<WorkOrder>> OrdersAsync(Guid requestId) =>
        WithDbAsync(db => db.WorkOrders.AsNoTracking().Where(w => w.ServiceRequestId == requestId).OrderBy(w => w.RequestedAt).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}
