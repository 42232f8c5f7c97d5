using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.Portal.Pages.Account;

/// <summary>Signed-in users only (see PortalPages). Rate limited too: a stolen session must not become a password oracle.</summary>
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class ChangePasswordModel(UserManager<UtilityUser> users, SignInManager<UtilityUser> signInManager, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, ErrorMessage = "Your password can be up to 128 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        // A new security stamp ends every other session of this user at its next request (the validator interval is
        // Identity:SecurityStampValidationInterval); this session gets a fresh cookie carrying the new stamp.
        await users.UpdateSecurityStampAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData["StatusMessage"] = l["Your password has been changed. Other devices have been signed out."].Value;
        return RedirectToPage();
    }
}
