using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Agreements;

/// <summary>
/// Payment agreements by status. With no filter it shows the defaulted ones first (the staff notification list) and then
/// the active ones; a status filter shows just that status.
/// </summary>
public sealed class IndexModel(ListPaymentAgreements list) : PageModel
{
    /// <summary>What the page shows without a filter: defaulted first, because those need a call.</summary>
    public static readonly IReadOnlyList<PaymentAgreementStatus> DefaultStatuses = [PaymentAgreementStatus.Defaulted, PaymentAgreementStatus.Active];

    [BindProperty(SupportsGet = true)]
    public PaymentAgreementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var rows = new List<AgreementSummary>();
        try
        {
            foreach (var status in Status is { } one ? [one] : DefaultStatuses)
            {
                rows.AddRange(await list.ByStatusAsync(actor, status, ct));
            }
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }

        Agreements = rows;
        return Page();
    }
}
