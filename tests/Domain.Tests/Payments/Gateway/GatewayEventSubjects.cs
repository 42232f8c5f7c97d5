using Shouldly;
using UtilityPortal.Domain.Payments.Gateway;
using Xunit;

namespace UtilityPortal.Domain.Tests.Payments.Gateway;

/// <summary>
/// What an event is about decides its batcher lane on a database server: the events about one payment must share it,
/// so they are written in order rather than racing each other.
/// </summary>
public sealed class GatewayEventSubjects
{
    private static readonly Guid Checkout = Guid.CreateVersion7();
    private static readonly Guid Payment = Guid.CreateVersion7();

    [Fact]
    public void Every_event_about_a_checkout_is_about_that_checkout()
    {
        GatewayEvent[] events =
        [
            new CheckoutCompleted("stripe", "evt_1", "checkout.session.completed", Checkout, "pi_1", Paid: true),
            new PaymentSucceeded("stripe", "evt_2", "payment_intent.succeeded", "pi_1", Checkout, null),
            new PaymentFailed("stripe", "evt_3", "payment_intent.payment_failed", "pi_1", Checkout, null, "Declined."),
            new CheckoutCancelled("stripe", "evt_4", "checkout.session.expired", Checkout),
        ];

        events.Select(GatewayEventPayments.SubjectOf).Distinct().ShouldBe([Checkout.ToString()]);
    }

    [Fact]
    public void An_autopay_charge_is_about_its_payment_or_else_the_gateways_reference()
    {
        GatewayEventPayments.SubjectOf(new PaymentSucceeded("stripe", "evt_5", "payment_intent.succeeded", "pi_2", null, Payment))
            .ShouldBe(Payment.ToString());
        GatewayEventPayments.SubjectOf(new PaymentFailed("stripe", "evt_6", "payment_intent.payment_failed", "pi_2", null, null, "Declined."))
            .ShouldBe("pi_2");
        GatewayEventPayments.SubjectOf(new IgnoredEvent("stripe", "evt_7", "customer.created")).ShouldBeNull();
    }
}
