using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.BackOffice.Pages.Payments;

/// <summary>The payments area's landing page: where each kind of payment work lives.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
