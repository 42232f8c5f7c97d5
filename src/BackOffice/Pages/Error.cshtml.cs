using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace UtilityPortal.BackOffice.Pages;

/// <summary>
/// Every error ends here (status code pages re-execute /Error/{code}, the exception handler /Error), for any method,
/// signed in or not; it says what happened in plain words and never shows technical detail.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code is >= 400 and <= 599 ? code.Value : Response.StatusCode is >= 400 ? Response.StatusCode : 500;
        Response.StatusCode = status;
        (Title, Explanation) = status switch
        {
            404 => (t["Page not found"].Value, t["There is no page at this address. Check the address, or start again from the menu."].Value),
            403 => (t["Access denied"].Value, t["You do not have permission to see this page."].Value),
            400 => (t["The request could not be processed"].Value, t["The form may have expired. Go back, reload the page and try again."].Value),
            429 => (t["Too many attempts"].Value, t["Too many attempts from this network. Wait a minute and try again."].Value),
            _ => (t["Something went wrong"].Value, t["The page could not be shown. Try again in a moment; if it keeps happening, tell the service desk."].Value),
        };
    }
}
