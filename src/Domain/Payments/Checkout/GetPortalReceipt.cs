using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>
/// A payment's receipt for the Portal, by receipt number or payment id. A resident sees only payments to linked
/// accounts; anything else is "not found", like an unknown receipt, so receipt numbers cannot be probed.
/// </summary>
public sealed class GetPortalReceipt(UtilityDbContext db, AccountAccess access)
{
    public Task<PaymentSummary> HandleAsync(Actor actor, Guid paymentId, CancellationToken ct = default) =>
        FindAsync(actor, db.Payments.Where(p => p.Id == paymentId), ct);

    public Task<PaymentSummary> HandleAsync(Actor actor, string receiptNumber, CancellationToken ct = default)
    {
        var number = (receiptNumber ?? string.Empty).Trim().ToUpperInvariant();
        return FindAsync(actor, db.Payments.Where(p => p.ReceiptNumber == number), ct);
    }

    /// <summary>The payments of one checkout, for its success page.</summary>
    public async Task<IReadOnlyList<PaymentSummary>> OfCheckoutAsync(Actor actor, Guid checkoutId, CancellationToken ct = default)
    {
        var owner = await db.CheckoutSessions.AsNoTracking().Where(c => c.Id == checkoutId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (owner is null || (owner != actor.UserId && !actor.IsStaff))
        {
            throw DomainException.NotFound("Checkout");
        }

        return await ListPayments.SummariesAsync(db, db.Payments.Where(p => p.CheckoutId == checkoutId), CreateCheckout.MaxLines, ct);
    }

    private async Task<PaymentSummary> FindAsync(Actor actor, IQueryable<Payment> payment, CancellationToken ct)
    {
        var found = (await ListPayments.SummariesAsync(db, payment, 1, ct)).SingleOrDefault();
        if (found is null || !await access.CanSeeAsync(actor, found.ServiceAccountId, ct))
        {
            throw DomainException.NotFound("Payment");
        }

        return found;
    }
}
