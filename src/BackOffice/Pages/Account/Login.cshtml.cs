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
public sealed class LoginModel(SignInManager<UtilityUser> signIn, UserManager<UtilityUser> users, IStringLocalizer<SharedResource> t,
    ILogger<LoginModel> log) : PageModel
{
    /// <summary>One message for a wrong password, an unknown e-mail, a locked account or a non-staff user: nothing to probe.</summary>
    public const string FailureMessage = "Sign-in failed. Check your e-mail address and password. After 5 failed attempts, sign-in is locked for 15 minutes.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public bool PasswordWasReset { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string? Password { get; set; }

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    public void OnGet(string? returnUrl, bool reset = false)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        PasswordWasReset = reset;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!);
        // Residents and contractors have their own site; here they get the same answer as an unknown e-mail.
        if (user is { Kind: UserKind.Staff })
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(ReturnUrl);
            }

            if (result.RequiresTwoFactor)
            {
                return RedirectToPage("./LoginWith2fa", new { returnUrl = ReturnUrl, rememberMe = Input.RememberMe });
            }

            if (result.IsLockedOut)
            {
                log.LogWarning("Staff user {UserId} is locked out.", user.Id);
            }
        }

        ModelState.AddModelError(string.Empty, t[FailureMessage]);
        return Page();
    }

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
