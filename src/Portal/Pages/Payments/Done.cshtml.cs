using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Payments;

/// <summary>
/// Where the gateway sends the resident after paying: the receipts of their latest checkout, pending until the
/// gateway's confirmation arrives (the page asks the browser to look again meanwhile).
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class DoneModel(UtilityDbContext db, GetPortalReceipt receipts) : PageModel
{
    public IReadOnlyList<PaymentSummary> Payments { get; private set; } = [];

    public bool AnyPending => Payments.Any(p => p.Status == PaymentStatus.Pending);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);

        // The success address is fixed when the checkout starts, before its id exists, so the page shows the resident's latest.
        var latest = await db.CheckoutSessions.AsNoTracking()
            .Where(c => c.UserId == actor.UserId)
            .OrderByDescending(c => c.Id)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(ct);
        if (latest is { } checkoutId)
        {
            Payments = await receipts.OfCheckoutAsync(actor, checkoutId, ct);
        }

        if (AnyPending)
        {
            Response.Headers["Refresh"] = ReceiptModel.RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
