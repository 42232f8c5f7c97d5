using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Payments.Paperless;

/// <summary>Runs <see cref="PaperlessNoticeProcessor"/> on every node where <c>Payments:Paperless:Enabled</c> is on (the default).</summary>
internal sealed class PaperlessNoticeWorker(IServiceScopeFactory scopes, IOptions<PaperlessOptions> options, TimeProvider clock,
    ILogger<PaperlessNoticeWorker> logger) : PollingWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<PaperlessNoticeProcessor>().RunOnceAsync(ct);
}
