using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.BackOffice.Pages.Billing;

/// <summary>The billing area's start page: rate schedules, bill runs and reports.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
