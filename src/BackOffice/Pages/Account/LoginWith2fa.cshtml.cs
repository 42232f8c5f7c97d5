using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.BackOffice.Pages.Account;

/// <summary>The second step after a correct password: the code from the staff member's authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class LoginWith2faModel(SignInManager<UtilityUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public bool RememberMe { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code from your authenticator app.")]
        [Display(Name = "Authenticator code")]
        public string? Code { get; set; }

        [Display(Name = "Do not ask again on this device")]
        public bool RememberMachine { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        RememberMe = rememberMe;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, bool rememberMe)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        RememberMe = rememberMe;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = AuthenticatorCode.Clean(Input.Code);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, rememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? t[LoginModel.FailureMessage]
            : t["That code is not right. Codes change every 30 seconds; enter the one shown now."]);
        return Page();
    }
}

public static class AuthenticatorCode
{
    /// <summary>Apps show codes as "123 456"; people also type dashes.</summary>
    public static string Clean(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
