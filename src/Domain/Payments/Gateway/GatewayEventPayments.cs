using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// The checkouts and payments a set of gateway events is about, loaded (tracked) with three queries for the whole set
/// rather than a few per event. Events in one set that name the same payment share one tracked instance, so the second
/// sees what the first did.
/// </summary>
internal sealed class GatewayEventPayments
{
    private static readonly PaymentChannel[] GatewayChannels = [PaymentChannel.Portal, PaymentChannel.Autopay];

    private readonly Dictionary<Guid, CheckoutSession> _checkouts;
    private readonly List<Payment> _payments;

    private GatewayEventPayments(Dictionary<Guid, CheckoutSession> checkouts, List<Payment> payments)
    {
        _checkouts = checkouts;
        _payments = payments;
    }

    public static async Task<GatewayEventPayments> LoadAsync(UtilityDbContext db, IReadOnlyCollection<GatewayEvent> events, CancellationToken ct)
    {
        var checkoutIds = events.Select(CheckoutOf).OfType<Guid>().Distinct().ToList();
        var checkouts = checkoutIds.Count == 0
            ? []
            : await db.CheckoutSessions.Where(c => checkoutIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var payments = checkoutIds.Count == 0
            ? []
            : await db.Payments.Where(p => p.CheckoutId != null && checkoutIds.Contains(p.CheckoutId.Value)).ToListAsync(ct);

        // An autopay charge names its payment, or only the gateway's reference.
        var loose = events.Where(e => CheckoutOf(e) is null).ToList();
        var paymentIds = loose.Select(PaymentOf).OfType<Guid>().ToList();
        var references = loose.Where(e => PaymentOf(e) is null).Select(ReferenceOf).OfType<string>().ToList();
        if (paymentIds.Count > 0 || references.Count > 0)
        {
            payments.AddRange(await db.Payments
                .Where(p => GatewayChannels.Contains(p.Channel)
                    && (paymentIds.Contains(p.Id) || (p.GatewayReference != null && references.Contains(p.GatewayReference))))
                .ToListAsync(ct));
        }

        return new GatewayEventPayments(checkouts, [.. payments.DistinctBy(p => p.Id).OrderBy(p => p.Id)]);
    }

    /// <summary>A checkout's payments, if the checkout is ours and was opened with the gateway that reports on it.</summary>
    public (CheckoutSession? Checkout, List<Payment> Payments) OfCheckout(GatewayEvent e, Guid checkoutId) =>
        _checkouts.TryGetValue(checkoutId, out var checkout) && checkout.Gateway == e.Gateway
            ? (checkout, _payments.Where(p => p.CheckoutId == checkoutId).ToList())
            : (null, []);

    /// <summary>The payments an event is about: its checkout's, the one it names, or those carrying its reference.</summary>
    public (CheckoutSession? Checkout, List<Payment> Payments) Of(GatewayEvent e) => CheckoutOf(e) is { } checkoutId
        ? OfCheckout(e, checkoutId)
        : (null, PaymentOf(e) is { } id
            ? _payments.Where(p => p.Id == id && GatewayChannels.Contains(p.Channel)).ToList()
            : ReferenceOf(e) is { } reference ? _payments.Where(p => p.GatewayReference == reference && GatewayChannels.Contains(p.Channel)).ToList() : []);

    public CheckoutSession? Checkout(Guid? id) => id is { } key ? _checkouts.GetValueOrDefault(key) : null;

    /// <summary>What an event is about, as one key: its checkout, else the payment it names, else the gateway's reference.</summary>
    public static string? SubjectOf(GatewayEvent e) => CheckoutOf(e)?.ToString() ?? PaymentOf(e)?.ToString() ?? ReferenceOf(e);

    private static Guid? CheckoutOf(GatewayEvent e) => e switch
    {
        CheckoutCompleted c => c.CheckoutId,
        CheckoutCancelled c => c.CheckoutId,
        PaymentSucceeded s => s.CheckoutId,
        PaymentFailed f => f.CheckoutId,
        _ => null,
    };

    private static Guid? PaymentOf(GatewayEvent e) => e switch
    {
        PaymentSucceeded s => s.PaymentId,
        PaymentFailed f => f.PaymentId,
        _ => null,
    };

    private static string? ReferenceOf(GatewayEvent e) => e switch
    {
        PaymentSucceeded s => s.PaymentReference,
        PaymentFailed f => f.PaymentReference,
        _ => null,
    };
}
