using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.Portal.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
