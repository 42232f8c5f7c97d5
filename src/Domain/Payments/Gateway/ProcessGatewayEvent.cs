using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Acts on one gateway event (a Stripe webhook, a sandbox page's button). Payment events join the
/// <see cref="GatewayEventBatcher"/> and are written with whatever else arrives at the same moment; setup completions and
/// refunds, whose handlers write for themselves, go alone. Either way the work is done by <see cref="GatewayEventBatch"/>
/// in one transaction, and a failure is thrown here so the delivery can be answered with an error and retried.
/// </summary>
public sealed class ProcessGatewayEvent(GatewayEventBatcher batcher, IServiceProvider services)
{
    public async Task<GatewayEventOutcome> HandleAsync(GatewayEvent gatewayEvent, CancellationToken ct = default) => gatewayEvent switch
    {
        IgnoredEvent => GatewayEventOutcome.Ignored,
        CheckoutCompleted or CheckoutCancelled or PaymentSucceeded or PaymentFailed => await batcher.SubmitAsync(gatewayEvent, ct),
        // Resolved only here: a queued event is written in the batcher's own scope, so this request needs no context of its own.
        _ => (await services.GetRequiredService<GatewayEventBatch>().ProcessAsync([gatewayEvent], ct))[0].OutcomeOrThrow(),
    };
}
