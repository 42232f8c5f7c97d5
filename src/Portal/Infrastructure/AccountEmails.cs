using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>The account e-mails (confirm, already registered, reset password), written in the language of the page that sends them.</summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<SharedResource> l)
{
    public Task SendConfirmationAsync(string to, string name, string confirmLink, CancellationToken ct = default) =>
        SendAsync(to, l["Confirm your e-mail address for City Utilities"], ct,
            l["Hello {0},", name],
            $"{l["Please confirm your e-mail address by opening this link:"]}\n{confirmLink}",
            l["If you did not register on the City Utilities Portal, you can ignore this message."]);

    /// <summary>Registering an address that already has an account tells its owner, not the person at the keyboard.</summary>
    public Task SendAlreadyRegisteredAsync(string to, string signInLink, string resetLink, CancellationToken ct = default) =>
        SendAsync(to, l["Someone tried to register with your e-mail address"], ct,
            l["Someone tried to register on the City Utilities Portal with this e-mail address, which already has an account."],
            $"{l["If it was you, sign in here:"]}\n{signInLink}",
            $"{l["If you forgot your password, choose a new one here:"]}\n{resetLink}",
            l["If it was not you, you can ignore this message."]);

    public Task SendPasswordResetAsync(string to, string resetLink, CancellationToken ct = default) =>
        SendAsync(to, l["Choose a new password for City Utilities"], ct,
            $"{l["To choose a new password, open this link:"]}\n{resetLink}",
            l["If you did not ask for this, ignore this message: your password has not changed."]);

    /// <summary>Paragraphs are translated one by one, so no translation ever carries a link or a line break.</summary>
    private Task SendAsync(string to, string subject, CancellationToken ct, params string[] paragraphs) =>
        sender.SendAsync(new EmailMessage(to, subject, string.Join("\n\n", paragraphs) + "\n"), ct);

    /// <summary>Identity tokens contain characters that do not survive a URL; links carry them base64url-encoded.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
