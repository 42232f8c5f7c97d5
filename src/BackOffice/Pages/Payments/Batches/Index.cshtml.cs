using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.BackOffice.Pages.Payments.Batches;

/// <summary>The supervisor's view: every cashier's batch of a day, with expected, counted and variance.</summary>
public sealed class IndexModel(GetCashierBatches batches, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    public IReadOnlyList<CashierBatchReport> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Day ??= Billing.Runs.IndexModel.Today(clock);
        try
        {
            Batches = await batches.ListAsync(Actor.FromPrincipal(User), Day.Value, ct);
            return Page();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }
    }
}
