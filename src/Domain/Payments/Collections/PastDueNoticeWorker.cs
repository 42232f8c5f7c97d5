using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>
/// Writes past-due notices in the background every <see cref="CollectionsOptions.NoticeInterval"/> on nodes where
/// <see cref="CollectionsOptions.Enabled"/> is on. Nothing is kept in memory and every notice is unique per bill in the
/// database, so any number of nodes may run it; the first look waits one interval, so a starting site does no work at once.
/// </summary>
public sealed class PastDueNoticeWorker(IServiceScopeFactory scopes, IOptions<CollectionsOptions> options, TimeProvider clock, ILogger<PastDueNoticeWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            log.LogInformation("Past-due notice job is off on this node (Payments:Collections:Enabled).");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.NoticeInterval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<SendPastDueNotices>().RunAsync(stoppingToken);
                log.LogInformation("Past-due notices: {Noticed} of {Checked} bills past due.", run.Noticed, run.Checked);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the job for good; the next round finds the same bills.
                log.LogError(e, "Past-due notice round failed; trying again after {Interval}.", settings.NoticeInterval);
            }
        }
    }
}
