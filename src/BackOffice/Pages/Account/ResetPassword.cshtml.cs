using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.BackOffice.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class ResetPasswordModel(UserManager<UtilityUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string BadLinkMessage = "This reset link is not valid or has expired. Ask for a new one.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Confirm the new password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string? ConfirmPassword { get; set; }

        public string? Code { get; set; }
    }

    public IActionResult OnGet(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RedirectToPage("./ForgotPassword");
        }

        Input.Code = code;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!);
        if (user is not { Kind: UserKind.Staff } || !TryDecode(Input.Code, out var token))
        {
            ModelState.AddModelError(string.Empty, t[BadLinkMessage]);
            return Page();
        }

        // ResetPasswordAsync renews the security stamp, which ends every session the old password had opened.
        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (result.Succeeded)
        {
            return RedirectToPage("./Login", new { reset = true });
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            ModelState.AddModelError(string.Empty, t[BadLinkMessage]);
        }
        else
        {
            ModelState.AddIdentityErrors(result, t, "Input.Password");
        }

        return Page();
    }

    private static bool TryDecode(string? code, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
