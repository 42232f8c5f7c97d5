using System.Net.Mail;

namespace UtilityPortal.Domain.Accounts;

/// <summary>Checks an e-mail address and gives it back trimmed; the domain part is lower-cased.</summary>
public static class EmailAddress
{
    public static string Normalize(string? text, string field = "email")
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 254 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter a valid e-mail address, for example name@example.com.", field);
        }

        var at = trimmed.LastIndexOf('@');
        return string.Concat(trimmed.AsSpan(0, at + 1), trimmed[(at + 1)..].ToLowerInvariant());
    }
}
