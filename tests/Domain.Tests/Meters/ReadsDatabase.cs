using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Meters;

/// <summary>
/// A migrated database with three meters and the read use cases: a SQLite file, or a fresh PostgreSQL database when
/// UTILITYPORTAL_TEST_POSTGRES names a server (as CI sets it), so the import runs on both providers.
/// </summary>
public sealed class ReadsDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "UTILITYPORTAL_TEST_POSTGRES";

    /// <summary>A 6-digit meter read by radio R-100.</summary>
    public const string House = "M-100";
    public const string HouseRadio = "R-100";

    /// <summary>A second 6-digit meter, no radio.</summary>
    public const string Shop = "M-200";

    /// <summary>A removed meter whose radio moved to <see cref="Replacement"/>: the radio id alone means the active one.</summary>
    public const string Removed = "M-300";
    public const string Replacement = "M-301";
    public const string SharedRadio = "R-300";

    private readonly DomainTestHost _host;


    private ReadsDatabase() => _host = new DomainTestHost(Clock, (services, _) =>
    {
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddScoped<ImportMeterReads>();
        services.AddScoped<StageReadFile>();
    });

    public static DateTimeOffset Now { get; } = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services => _host.Services;

    public static Actor Specialist { get; } = new("user-specialist", "Sam Specialist", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static Actor OtherSpecialist { get; } = new("user-other", "Olga Other", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistII });

    public static Actor Resident { get; } = new("user-resident", "Rita Resident", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    public static async Task<ReadsDatabase> CreateAsync()
    {
        var database = new ReadsDatabase();
        await database._host.MigrateAsync();
        await database.WithDbAsync(async db =>
        {
            var address = PostalAddress.Create("100 Palm Ave", null, "Palm Harbor City", "FL", "33401");
            var premise = new Premise("01-0000-000-0010", address, true, PremiseClass.Residential, 1, 2_500, "Ana Rivera");
            var removed = new Meter(Removed, MeterSize.Parse("3/4"), 6, SharedRadio, new DateOnly(2015, 1, 1), premise.Id);
            removed.Remove(new DateOnly(2026, 9, 1));
            db.AddRange(premise,
                new Meter(House, MeterSize.Parse("5/8"), 6, HouseRadio, new DateOnly(2020, 1, 1), premise.Id),
                new Meter(Shop, MeterSize.Parse("1"), 6, null, new DateOnly(2020, 1, 1), premise.Id),
                removed,
                new Meter(Replacement, MeterSize.Parse("3/4"), 6, SharedRadio, new DateOnly(2026, 9, 1), premise.Id));
            await db.SaveChangesAsync();
            return 0;
        });
        return database;
    }

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    /// <summary>Runs the import use case in its own scope, as one web request would.</summary>
    public async Task<ReadImportSummary> ImportAsync(string csv, bool preview = false, Actor? actor = null, int? batchSize = null, string fileName = "reads.csv")
    {
        await using var scope = Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ImportMeterReads>();
        if (batchSize is { } size)
        {
            import.BatchSize = size;
        }

        return await import.HandleAsync(actor ?? Specialist, new ImportReadsInput(fileName, preview), new StringReader(csv));
    }

    /// <summary>The stored reads as (serial, time, register), in time order.</summary>
    public Task<List<(string Serial, DateTimeOffset At, long Register)>> ReadsAsync() => WithDbAsync(async db =>
        (await db.MeterReads.AsNoTracking()
            .Join(db.Meters, r => r.MeterId, m => m.Id, (r, m) => new { m.SerialNumber, r.ReadAt, r.RegisterValue })
            .ToListAsync())
        .Select(r => (r.SerialNumber, r.ReadAt, r.RegisterValue))
        .OrderBy(r => r.ReadAt).ThenBy(r => r.SerialNumber, StringComparer.Ordinal)
        .ToList());

    /// <summary>Stores a read directly, as an earlier import would have.</summary>
    public Task StoreAsync(string serial, DateTimeOffset at, long register) => WithDbAsync(async db =>
    {
        var meterId = await db.Meters.Where(m => m.SerialNumber == serial).Select(m => m.Id).SingleAsync();
        db.MeterReads.Add(new MeterRead(meterId, at, register, ReadSource.Amr, "AMR"));
        return await db.SaveChangesAsync();
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
