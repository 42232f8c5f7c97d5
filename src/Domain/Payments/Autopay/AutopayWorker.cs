using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>Runs <see cref="AutopayProcessor"/> on every node where <c>Payments:Autopay:Enabled</c> is on (the default).</summary>
internal sealed class AutopayWorker(IServiceScopeFactory scopes, IOptions<AutopayOptions> options, TimeProvider clock, ILogger<AutopayWorker> logger)
    : PollingWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<AutopayProcessor>().RunOnceAsync(NodeName, ct);
}
