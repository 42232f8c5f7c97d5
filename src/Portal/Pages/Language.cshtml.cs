using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.Portal.Pages;

/// <summary>The language switch: remembers the choice in the culture cookie and goes back where the reader was.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("~/");

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        SiteHosting.SetLanguage(Response, language == "es" ? "es" : "en");

        // Only ever back into this site: a returnUrl pointing elsewhere would make the switch an open redirect.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
