using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Account;

/// <summary>Always answers "if the address has an account, we sent a link", so it cannot be used to find accounts.</summary>
[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class ForgotPasswordModel(UserManager<UtilityUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address, for example name@example.com.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());

        // Staff reset their passwords through the BackOffice administrator, never through the public site.
        if (user is not null && await users.IsEmailConfirmedAsync(user) && !await users.IsStaffAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Page("/Account/ResetPassword", null, new { code = AccountEmails.EncodeToken(token) }, Request.Scheme)!;
            await emails.SendPasswordResetAsync(user.Email!, link, ct);
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
