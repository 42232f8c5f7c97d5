using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// Runs <see cref="AgreementDefaults"/> in the background on every node where <see cref="AgreementOptions.Enabled"/> is on.
/// It keeps nothing in memory: each round claims from the database, so nodes share the work without doing it twice.
/// </summary>
public sealed partial class AgreementWorker(IServiceScopeFactory scopes, IOptions<AgreementOptions> options, TimeProvider clock, ILogger<AgreementWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogOff(log);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var reviewed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                reviewed = await scope.ServiceProvider.GetRequiredService<AgreementDefaults>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop the job for good; claimed agreements come back when their claim lapses.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(log, e, settings.PollInterval);
            }

            // A full batch means more may be waiting: go again at once.
            if (reviewed < settings.BatchSize)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment agreement review is off on this node (Payments:Agreements:Enabled).")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment agreement review round failed; trying again after {Interval}.")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
