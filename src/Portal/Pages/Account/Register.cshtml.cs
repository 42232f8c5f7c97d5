using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Account;

/// <summary>
/// Residents and contractors register themselves. Whether or not the address already has an account, the reader sees
/// the same "check your e-mail" page; the owner of an existing address gets a mail saying someone tried.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class RegisterModel(UserManager<UtilityUser> users, AccountEmails emails, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100, ErrorMessage = "Your name can be up to 100 characters.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address, for example name@example.com.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, ErrorMessage = "Your password can be up to 128 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = string.Empty;

        /// <summary>Resident or Contractor; anything else (Staff) is refused.</summary>
        [Display(Name = "I am registering as")]
        public UserKind Kind { get; set; } = UserKind.Resident;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Kind is not (UserKind.Resident or UserKind.Contractor))
        {
            ModelState.AddModelError("Input.Kind", l["Choose resident or contractor."]);
        }

        string email;
        try
        {
            email = EmailAddress.Normalize(Input.Email, "Email");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, l);
            email = string.Empty;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new UtilityUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            Kind = Input.Kind,
            PreferredLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.Spanish ? Languages.Spanish : Languages.English,
        };

        // Password rules first: they must answer the same whether or not the address is taken.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, Input.Password);
            foreach (var error in check.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Someone who registered but lost the confirmation mail simply registers again and gets a fresh link.
            if (!await users.IsEmailConfirmedAsync(existing))
            {
                await SendConfirmationAsync(existing, ct);
            }
            else
            {
                await emails.SendAlreadyRegisteredAsync(existing.Email!, AbsolutePage("/Account/Login"), AbsolutePage("/Account/ForgotPassword"), ct);
            }

            return RedirectToPage("./RegisterConfirmation");
        }

        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, user.Kind == UserKind.Contractor ? PublicRoles.Contractor : PublicRoles.Resident);
        await SendConfirmationAsync(user, ct);
        return RedirectToPage("./RegisterConfirmation");
    }

    private async Task SendConfirmationAsync(UtilityUser user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Url.Page("/Account/ConfirmEmail", null, new { userId = user.Id, code = AccountEmails.EncodeToken(token) }, Request.Scheme)!;
        await emails.SendConfirmationAsync(user.Email!, user.DisplayName, link, ct);
    }

    private string AbsolutePage(string page) => Url.Page(page, null, null, Request.Scheme)!;
}
