using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class LoginModel(SignInManager<UtilityUser> signInManager, UserManager<UtilityUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>
    /// One answer for every failure (unknown e-mail, wrong password, locked out, e-mail not confirmed, staff), so the
    /// page never tells anyone which e-mail addresses have an account.
    /// </summary>
    public const string FailureMessage =
        "We could not sign you in with that e-mail address and password. If you have just registered, confirm your e-mail first. After 5 failed attempts, sign-in is paused for 15 minutes.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address, for example name@example.com.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());

        // The Portal is for residents and contractors: staff sign in on the BackOffice, where two-factor sign-in is
        // enforced. A staff address gets the same answer as an unknown one; it does not count towards a lockout, so
        // the public Portal cannot be used to lock staff out of the BackOffice.
        if (user is null || await users.IsStaffAsync(user))
        {
            // Hash anyway, so an unknown address takes as long to refuse as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(new UtilityUser(), DecoyHash(users), Input.Password);
            return Failed();
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // Residents and contractors have no two-factor step on the Portal yet, so RequiresTwoFactor is a failure too.
            return Failed();
        }

        if (Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl);
        }

        return user.Kind == UserKind.Contractor ? RedirectToPage("/Contractors/Index") : RedirectToPage("/Accounts/Index");
    }

    private static string? _decoyHash;

    private static string DecoyHash(UserManager<UtilityUser> users) =>
        _decoyHash ??= users.PasswordHasher.HashPassword(new UtilityUser(), Guid.NewGuid().ToString());

    private PageResult Failed()
    {
        ModelState.AddModelError(string.Empty, l[FailureMessage]);
        return Page();
    }
}
