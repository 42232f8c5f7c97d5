using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// Sends the outbox in the background on every node where <see cref="OutboxOptions.Enabled"/> is on (both sites by
/// default). It keeps nothing in memory: each round claims from the database, so a restart or a second node loses or
/// repeats nothing.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxWorker> log)
    : BackgroundService
{
    /// <summary>Names this process in ClaimedBy, for an operator looking at a stuck claim.</summary>
    public static string NodeName { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            log.LogInformation("Outbox worker is off on this node (Notifications:Outbox:Enabled).");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().RunOnceAsync(NodeName, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the worker for good; claimed messages come back when their claim lapses.
                log.LogError(e, "Outbox round failed; trying again after {Interval}.", settings.PollInterval);
            }

            // A full batch means more may be waiting: go again at once.
            if (claimed < settings.BatchSize)
            {
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
    }
}
