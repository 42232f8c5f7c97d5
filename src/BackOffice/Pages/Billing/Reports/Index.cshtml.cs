using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>The billing reports staff use to confirm billing accuracy, each on screen and as CSV.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
