using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.BackOffice.Pages.Payments.Counter;

/// <summary>A payment's receipt, laid out to print (the site's menu and footer are left off the paper).</summary>
public sealed class ReceiptModel(GetPaymentReceipt receipts) : PageModel
{
    public PaymentReceipt Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Receipt = await receipts.HandleAsync(Actor.FromPrincipal(User), id, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }
}
