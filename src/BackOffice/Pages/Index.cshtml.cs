using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.BackOffice.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
