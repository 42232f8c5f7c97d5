using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Autopay enrolment finished on the gateway's page (a Stripe Checkout Session in setup mode, or the sandbox's).
/// The webhook processor calls it; the autopay area implements it.
/// </summary>
public interface IAutopaySetupCompletion
{
    Task CompleteAsync(string setupSessionId, string? customerReference, string? paymentMethodReference, CancellationToken ct = default);
}

/// <summary>
/// A refund the gateway reports (<c>charge.refunded</c>): one of ours being confirmed, or one made on the gateway's
/// dashboard that the ledger must now show. The webhook processor calls it; the refunds area implements it and
/// posts each refund reference once.
/// </summary>
public interface IGatewayRefundRecorder
{
    Task RecordAsync(string paymentReference, string refundReference, Money amount, CancellationToken ct = default);
}
