using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// What a gateway told us, in our words: Stripe's webhook events and the sandbox page's buttons both become one of
/// these and go through <see cref="ProcessGatewayEvent"/>. <see cref="EventId"/> is the gateway's id of the delivery.
/// </summary>
public abstract record GatewayEvent(string Gateway, string EventId, string Type);

/// <summary>The hosted checkout finished. <paramref name="Paid"/> is false while a bank debit is still on its way; a later event settles it.</summary>
public sealed record CheckoutCompleted(string Gateway, string EventId, string Type, Guid CheckoutId, string? PaymentReference, bool Paid)
    : GatewayEvent(Gateway, EventId, Type);

/// <summary>The customer left the hosted page, or it expired, without paying.</summary>
public sealed record CheckoutCancelled(string Gateway, string EventId, string Type, Guid CheckoutId) : GatewayEvent(Gateway, EventId, Type);

/// <summary>An autopay card or bank account was saved on the gateway's setup page.</summary>
public sealed record SetupCompleted(string Gateway, string EventId, string Type, string SetupSessionId, string? CustomerReference, string? PaymentMethodReference)
    : GatewayEvent(Gateway, EventId, Type);

/// <summary>The money arrived: for a checkout's payments, or for one payment (an autopay charge).</summary>
public sealed record PaymentSucceeded(string Gateway, string EventId, string Type, string PaymentReference, Guid? CheckoutId, Guid? PaymentId)
    : GatewayEvent(Gateway, EventId, Type);

/// <summary>The gateway declined the money.</summary>
public sealed record PaymentFailed(string Gateway, string EventId, string Type, string? PaymentReference, Guid? CheckoutId, Guid? PaymentId, string Reason)
    : GatewayEvent(Gateway, EventId, Type);

public sealed record GatewayRefund(string RefundReference, Money Amount);

/// <summary>Money went back to the customer's card: ours being confirmed, or one made on the gateway's dashboard.</summary>
public sealed record ChargeRefunded(string Gateway, string EventId, string Type, string PaymentReference, IReadOnlyList<GatewayRefund> Refunds)
    : GatewayEvent(Gateway, EventId, Type);

/// <summary>An event we do not act on: acknowledged so the gateway stops sending it.</summary>
public sealed record IgnoredEvent(string Gateway, string EventId, string Type) : GatewayEvent(Gateway, EventId, Type);

public enum GatewayEventOutcome
{
    Processed = 1,
    /// <summary>Already processed (a repeated delivery): nothing changed.</summary>
    Duplicate = 2,
    /// <summary>Not for us: an unknown type, or about a checkout or payment we do not have.</summary>
    Ignored = 3,
}
