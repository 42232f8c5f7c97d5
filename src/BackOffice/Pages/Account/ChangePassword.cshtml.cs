using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Account;

public sealed class ChangePasswordModel(UserManager<UtilityUser> users, SignInManager<UtilityUser> signIn, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string? OldPassword { get; set; }

        [Required(ErrorMessage = "Enter a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? NewPassword { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Confirm the new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
        public string? ConfirmPassword { get; set; }
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

        var result = await users.ChangePasswordAsync(user, Input.OldPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            var wrongPassword = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            if (wrongPassword)
            {
                ModelState.AddModelError("Input.OldPassword", t["The current password is not right."]);
            }
            else
            {
                ModelState.AddIdentityErrors(result, t, "Input.NewPassword");
            }

            return Page();
        }

        // A new security stamp invalidates every other session's cookie at its next validation; refreshing this
        // session's cookie with the new stamp keeps the person who made the change signed in.
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = t["Your password has been changed."].Value;
        return RedirectToPage();
    }
}
