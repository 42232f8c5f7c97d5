using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>
/// Holds deposits paid at the counter, through the Portal or by autopay. Those payments post through
/// <see cref="PostPayment"/>, which knows nothing of deposits (and sits on the webhook's hot path), so each poll this
/// worker runs <see cref="HoldPaidDeposits.SweepAsync"/> over the few accounts with a billed deposit. Holding is keyed
/// by the deposit bill, so rounds and nodes may overlap. Lockbox imports and suspense applications hold at once.
/// </summary>
internal sealed class DepositHoldWorker(IServiceScopeFactory scopes, IOptions<DepositOptions> options, TimeProvider clock, ILogger<DepositHoldWorker> logger)
    : PollingWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<HoldPaidDeposits>().SweepAsync(ct);
}
