using System.Globalization;
using System.Text;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// Drops each message as an RFC 5322 .eml file into a folder instead of sending it, so developers (and tests) can
/// read what a resident would receive without a mail server. UTF-8 with 8-bit transfer encoding keeps the files
/// readable as text; every mail client opens them.
/// </summary>
public sealed class PickupFolderEmailSender(string folder, string from, TimeProvider clock) : IEmailSender
{
    public string Folder => folder;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.To);
        if (message.To.Contains('\n', StringComparison.Ordinal) || message.To.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("A recipient cannot span lines.", nameof(message));
        }

        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var text = new StringBuilder()
            .Append("From: ").Append(from).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(MimeHeader.Encode(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@utilityportal.local>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n")
            .Append("\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"));

        // Sortable by time, unique across nodes; written under a temporary name and moved so a reader never sees half a file.
        var name = $"{now:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
        File.Move(temporary, Path.Combine(folder, name));
    }
}

/// <summary>RFC 2047 encoded words, so a Spanish subject line survives any mail client.</summary>
public static class MimeHeader
{
    public static string Encode(string value) =>
        value.All(c => c is >= ' ' and <= '~')
            ? value
            : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(value.ReplaceLineEndings(" "))) + "?=";

    public static string Decode(string value)
    {
        if (!value.StartsWith("=?utf-8?B?", StringComparison.OrdinalIgnoreCase) || !value.EndsWith("?=", StringComparison.Ordinal))
        {
            return value;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value[10..^2]));
        }
        catch (FormatException)
        {
            return value;
        }
    }
}
