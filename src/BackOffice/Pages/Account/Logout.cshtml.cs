using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery) so a link on another site cannot sign staff out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<UtilityUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("./Logout");
    }
}
