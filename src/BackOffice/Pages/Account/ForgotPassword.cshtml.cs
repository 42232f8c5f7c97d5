using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.GraphApi.Hosting;

namespace UtilityPortal.BackOffice.Pages.Account;

/// <summary>Mails a reset link to a staff account; the page answers the same whether or not the address is known.</summary>
[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class ForgotPasswordModel(UserManager<UtilityUser> users, IEmailSender mail, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }
    }

    public void OnGet(bool sent = false) => Sent = sent;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!);
        if (user is { Kind: UserKind.Staff, EmailConfirmed: true })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { code }, protocol: Request.Scheme)!;
            var body = string.Join("\n",
                t["Someone asked to reset the password of your City Utilities BackOffice account."],
                string.Empty,
                t["Choose a new password here:"],
                link,
                string.Empty,
                t["If it was not you, ignore this message; your password stays the same."]);
            await mail.SendAsync(new EmailMessage(user.Email!, t["Reset your BackOffice password"], body), ct);
        }

        return RedirectToPage("./ForgotPassword", new { sent = true });
    }
}
