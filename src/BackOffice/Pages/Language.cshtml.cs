using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.BackOffice.Pages;

/// <summary>The language switch: remembers the choice in the culture cookie and returns to the page it came from.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public void OnGet()
    {
    }

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        SiteHosting.SetLanguage(Response, language ?? string.Empty);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
