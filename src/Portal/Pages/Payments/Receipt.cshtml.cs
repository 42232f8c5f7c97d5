using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Payments;

/// <summary>
/// One payment's receipt, by receipt number or payment id. GetPortalReceipt answers "not found" for a payment to an
/// account the resident has not linked, exactly as for an unknown receipt. A pending payment asks the browser to
/// look again in a few seconds (the Refresh header, no script needed).
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class ReceiptModel(GetPortalReceipt receipts) : PageModel
{
    public const int RefreshSeconds = 5;

    [FromRoute]
    public string? ReceiptNumber { get; set; }

    [FromQuery(Name = "id")]
    public Guid? Id { get; set; }

    public PaymentSummary Payment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        if (Id is { } id)
        {
            Payment = await receipts.HandleAsync(actor, id, ct);
        }
        else if (!string.IsNullOrWhiteSpace(ReceiptNumber))
        {
            Payment = await receipts.HandleAsync(actor, ReceiptNumber, ct);
        }
        else
        {
            return NotFound();
        }

        if (Payment.Status == PaymentStatus.Pending)
        {
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
