using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>
/// At startup, before the site takes requests: validates every document of the schedule folder (an invalid one stops
/// the site, naming the file, the field and the problem) and stores the documents the database does not hold yet as
/// new versions. Both sites run it; two starting at once store each version once (unique code and version).
/// </summary>
internal sealed partial class RateScheduleStartup(IServiceProvider services, IOptions<BillingOptions> options, IHostEnvironment environment,
    TimeProvider clock, ILogger<RateScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = RateScheduleFolder.Resolve(options.Value.RateSchedulesPath, environment.ContentRootPath);
        var files = RateScheduleFolder.Load(folder);
        LogValidated(logger, files.Count, folder);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            LogNotMigrated(logger);
            return;
        }

        foreach (var file in files)
        {
            await ImportAsync(db, file, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(UtilityDbContext db, RateScheduleFile file, CancellationToken ct)
    {
        ScheduleStoreResult result;
        try
        {
            result = await RateScheduleStore.AddAsync(db, file.Schedule, file.Document, $"folder:{file.FileName}", "startup", clock.GetUtcNow(), ct);
        }
        catch (DbUpdateException)
        {
            // The other site stored the same version a moment earlier.
            db.ChangeTracker.Clear();
            return;
        }

        if (result.Outcome == ScheduleStoreOutcome.Added)
        {
            LogImported(logger, file.FileName, result.Code, result.Version);
        }
        else if (result.Outcome == ScheduleStoreOutcome.Locked)
        {
            LogLocked(logger, file.FileName, result.Code, result.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Validated {Count} rate schedule document(s) in {Folder}")]
    private static partial void LogValidated(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations; rate schedules are validated but not imported (run the migrate command)")]
    private static partial void LogNotMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File} as rate schedule {Code} version {Version}")]
    private static partial void LogImported(ILogger logger, string file, string code, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} differs from rate schedule {Code} version {Version}, which has priced posted bills and cannot change; the stored version stays. Adopt changed rates under a new code.")]
    private static partial void LogLocked(ILogger logger, string file, string code, int version);
}
