using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Account.Manage;

/// <summary>
/// Any staff member can turn on a TOTP authenticator here; Supervisors and Administrators must (outside Development),
/// so this page stays reachable while every other page sends them here.
/// </summary>
[AllowWithoutTwoFactor]
public sealed class TwoFactorModel(UserManager<UtilityUser> users, SignInManager<UtilityUser> signIn, IHostEnvironment environment,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Issuer = "City Utilities BackOffice";
    private const string RecoveryCodesKey = "RecoveryCodes";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>The setup address as an inline SVG QR code, for apps that scan instead of typing the key.</summary>
    public string QrCodeSvg { get; private set; } = string.Empty;

    public string[]? RecoveryCodes { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the code from your authenticator app.")]
        [Display(Name = "Code from the app")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        RecoveryCodes = TempData[RecoveryCodesKey] as string[];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Clean(Input.Code));
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", t["That code is not right. Codes change every 30 seconds; enter the one shown now."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        TempData[RecoveryCodesKey] = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToArray();
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = t["Two-factor sign-in is on."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            TempData[RecoveryCodesKey] = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToArray();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A new key means the old phone entry stops working; turning it on again starts from a fresh key.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = t["Two-factor sign-in is off."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(UtilityUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = TwoFactorEnrolledHandler.IsRequired(environment, User.IsInRole);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; refresh this session's cookie so it is not taken for a stale one.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Group(key!);
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        AuthenticatorUri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qr).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        QrCodeSvg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
    }

    /// <summary>Groups of four are easier to read aloud and type into a phone.</summary>
    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
