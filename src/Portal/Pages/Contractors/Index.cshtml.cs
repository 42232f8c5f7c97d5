using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>The contractors' home (role Contractor, see PortalPages). Estimate requests arrive with the Development area.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
