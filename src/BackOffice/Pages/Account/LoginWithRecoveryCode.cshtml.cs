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

[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<UtilityUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a recovery code.")]
        [Display(Name = "Recovery code")]
        public string? RecoveryCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Recovery codes keep their dash (XXXXX-XXXXX); only spaces are dropped.
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        ModelState.AddModelError("Input.RecoveryCode", result.IsLockedOut ? t[LoginModel.FailureMessage] : t["That recovery code is not right or has been used."]);
        return Page();
    }
}
