using System.Globalization;

namespace UtilityPortal.Domain.Notifications;

/// <summary>One mail found in the pick-up folder.</summary>
public sealed record PickedUpMail(string FileName, DateTimeOffset? Date, string From, string To, string Subject, string Body);

/// <summary>Reads back what <see cref="PickupFolderEmailSender"/> wrote: for the Development mail page and for tests.</summary>
public static class PickupFolder
{
    /// <summary>Every mail in the folder, newest first.</summary>
    public static IReadOnlyList<PickedUpMail> ReadAll(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.eml")
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .Select(Read)
            .ToList();
    }

    public static PickedUpMail Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        var headers = head.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        DateTimeOffset? date = DateTimeOffset.TryParse(headers.GetValueOrDefault("Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d
            : null;
        return new PickedUpMail(Path.GetFileName(path), date, headers.GetValueOrDefault("From") ?? string.Empty,
            headers.GetValueOrDefault("To") ?? string.Empty, MimeHeader.Decode(headers.GetValueOrDefault("Subject") ?? string.Empty), body);
    }
}
