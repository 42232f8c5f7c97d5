using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>
/// Picks up bill runs waiting for work (queued to calculate, asked to post, or abandoned by a worker that went quiet)
/// and hands them to <see cref="BillRunProcessor"/>. Every node may run it: the claim decides who works a run.
/// </summary>
internal sealed partial class BillRunWorker(IServiceScopeFactory scopes, BillRunProcessor processor, IOptions<BillingOptions> options, TimeProvider clock,
    ILogger<BillRunWorker> logger) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Worker;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var runId in await WaitingRunsAsync(settings.StaleAfter, stoppingToken))
                {
                    await processor.ProcessAsync(runId, _name, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A background loop must survive one run's failure (already recorded on the run) and the database being briefly away.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, ex);
            }

            try
            {
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<List<Guid>> WaitingRunsAsync(TimeSpan staleAfter, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var candidates = await db.BillRuns.AsNoTracking()
            .Where(r => r.Status == BillRunStatus.Queued || r.Status == BillRunStatus.Calculating || r.Status == BillRunStatus.Posting)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return candidates.Where(r => r.NeedsWorker(now, staleAfter)).OrderBy(r => r.StartedAt).Select(r => r.Id).ToList();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bill run worker hit an error; it tries again at the next poll")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex);
}
