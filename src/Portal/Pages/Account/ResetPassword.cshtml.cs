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
public sealed class ResetPasswordModel(UserManager<UtilityUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address, for example name@example.com.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, ErrorMessage = "Your password can be up to 128 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;
    }

    public bool HasCode { get; private set; }

    public void OnGet(string? code)
    {
        HasCode = !string.IsNullOrEmpty(code);
        Input.Code = code ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        HasCode = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var probe = new UtilityUser { UserName = Input.Email, Email = Input.Email };
        foreach (var validator in users.PasswordValidators)
        {
            foreach (var error in (await validator.ValidateAsync(users, probe, Input.Password)).Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An unknown (or staff) address gets exactly what a bad link gets: the token cannot be valid for it anyway.
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var token = AccountEmails.DecodeToken(Input.Code);
        var result = user is null || token is null || await users.IsStaffAsync(user)
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return Page();
        }

        // Proving the mailbox is proof enough to lift a lockout. ResetPasswordAsync has already renewed the security
        // stamp, so every other session of this user ends.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        return RedirectToPage("./ResetPasswordConfirmation");
    }

    public string InvalidLinkMessage => l["This link is not valid or has expired. Ask for a new one."];
}
