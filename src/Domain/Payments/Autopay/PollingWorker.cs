using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>
/// A background loop that runs one round of a processor in a fresh scope, rests <see cref="PollInterval"/> when the round
/// found nothing, and survives a failed round. It keeps nothing in memory: each round claims from the database, so any
/// number of nodes may run it.
/// </summary>
internal abstract partial class PollingWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Names this process in claims, for an operator looking at a stuck one.</summary>
    protected static string NodeName { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One round; returns how many items it handled (0: nothing to do, so rest).</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(logger, GetType().Name);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                handled = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A background loop must survive one failed round (claims lapse and are taken over) and the database being briefly away.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRoundFailed(logger, ex, GetType().Name);
            }

            if (handled == 0)
            {
                try
                {
                    await Task.Delay(PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} is off on this node")]
    private static partial void LogDisabled(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} round failed; trying again at the next poll")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex, string worker);
}
