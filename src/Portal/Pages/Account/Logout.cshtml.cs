using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Pages.Account;

/// <summary>Signing out is a POST (a link or an image could otherwise sign people out); GET shows the button.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<UtilityUser> signInManager, IStringLocalizer<SharedResource> l) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData["StatusMessage"] = l["You have signed out."].Value;
        return LocalRedirect("~/");
    }
}
