using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Checkout;

public sealed record SandboxLine(string AccountNumber, Money Amount);

public sealed record SandboxCheckoutView(Guid CheckoutId, CheckoutStatus Status, Money Total, IReadOnlyList<SandboxLine> Lines);

/// <summary>The demo page's buttons: what a customer could do on Stripe's page.</summary>
public enum SandboxAction
{
    Pay = 1,
    Decline = 2,
    Cancel = 3,
}

/// <summary>
/// The sandbox gateway's hosted page, behind the Portal's demo checkout. Its buttons become the same gateway events
/// Stripe's webhook sends and go through <see cref="ProcessGatewayEvent"/>, so the demo exercises the real path. Only
/// the resident who started the checkout sees it, and only while the sandbox is the gateway (with Stripe configured it
/// does not exist).
/// </summary>
public sealed class SandboxCheckout(UtilityDbContext db, IPaymentGateway gateway, ProcessGatewayEvent process)
{
    private const string Sandbox = SandboxGateway.GatewayName;

    public async Task<SandboxCheckoutView> GetAsync(Actor actor, Guid checkoutId, CancellationToken ct = default)
    {
        var checkout = await OwnCheckoutAsync(actor, checkoutId, ct);
        var lines = await db.Payments.AsNoTracking()
            .Where(p => p.CheckoutId == checkoutId)
            .OrderBy(p => p.Id)
            .Join(db.ServiceAccounts, p => p.ServiceAccountId, a => a.Id, (p, a) => new { a.Number, p.Amount })
            .ToListAsync(ct);
        return new SandboxCheckoutView(checkout.Id, checkout.Status, checkout.Total, [.. lines.Select(l => new SandboxLine(l.Number.Value, l.Amount))]);
    }

    /// <summary>Acts as the customer did and answers where the browser goes next: the checkout's success or cancel page.</summary>
    public async Task<Uri> ActAsync(Actor actor, Guid checkoutId, SandboxAction action, CancellationToken ct = default)
    {
        var checkout = await OwnCheckoutAsync(actor, checkoutId, ct);
        if (checkout.Status is CheckoutStatus.Open or CheckoutStatus.Failed)
        {
            await process.HandleAsync(EventFor(checkoutId, action), ct);
        }

        var paid = action == SandboxAction.Pay || checkout.Status == CheckoutStatus.Completed;
        return new Uri(paid ? checkout.SuccessUrl : checkout.CancelUrl);
    }

    /// <summary>The event Stripe would send. Its id is fixed per button, so pressing one twice acts once.</summary>
    private static GatewayEvent EventFor(Guid checkoutId, SandboxAction action)
    {
        var reference = SandboxGateway.PaymentReferenceOf(checkoutId);
        return action switch
        {
            SandboxAction.Pay => new CheckoutCompleted(Sandbox, $"sandbox:{checkoutId:N}:paid", "checkout.session.completed", checkoutId, reference, Paid: true),
            SandboxAction.Decline => new PaymentFailed(Sandbox, $"sandbox:{checkoutId:N}:declined", "payment_intent.payment_failed", reference, checkoutId, null,
                "The sandbox card was declined."),
            _ => new CheckoutCancelled(Sandbox, $"sandbox:{checkoutId:N}:cancelled", "checkout.session.expired", checkoutId),
        };
    }

    private async Task<CheckoutSession> OwnCheckoutAsync(Actor actor, Guid checkoutId, CancellationToken ct)
    {
        if (gateway.Name != Sandbox)
        {
            throw DomainException.NotFound("Checkout");
        }

        return await db.CheckoutSessions.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Id == checkoutId && c.UserId == actor.UserId && c.Gateway == Sandbox, ct)
            ?? throw DomainException.NotFound("Checkout");
    }
}
