using System.Security.Cryptography;
using System.Text;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>
/// One stored version of a rate schedule document. Versions are only ever added: an upload or a changed file adds
/// version n+1 of its code, and the latest version of a code is the one that prices. Once any version of a code has
/// priced a posted bill the code is locked and no new version is accepted, so a posted bill can always be explained
/// by the document that priced it.
/// </summary>
public sealed class RateScheduleVersion
{
    public const int CodeMaxLength = 40;

    private RateScheduleVersion()
    {
        Code = string.Empty;
        Document = string.Empty;
        ContentHash = string.Empty;
        Source = string.Empty;
        UploadedBy = string.Empty;
    }

    /// <param name="schedule">The document, already read and validated by <see cref="RateScheduleReader"/>.</param>
    public RateScheduleVersion(RateSchedule schedule, int version, string document, string source, string uploadedBy, DateTimeOffset uploadedAt)
    {
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Versions start at 1.");
        }

        Id = Guid.CreateVersion7();
        Code = schedule.Code;
        Name = schedule.Name is { Length: > 200 } name ? name[..200] : schedule.Name;
        Version = version;
        EffectiveFrom = schedule.EffectiveFrom;
        Document = document;
        ContentHash = HashOf(document);
        Source = source.Length > 200 ? source[..200] : source;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string? Name { get; private set; }

    public int Version { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The document exactly as it was loaded.</summary>
    public string Document { get; private set; }

    /// <summary>SHA-256 of the document with line endings normalized: startup recognizes a folder file already stored.</summary>
    public string ContentHash { get; private set; }

    /// <summary>Where it came from: <c>folder:demo-fy2026.json</c> or <c>upload:rates-2027.json</c>.</summary>
    public string Source { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Set when a bill priced by this code is posted; a locked code takes no new version.</summary>
    public bool Locked { get; private set; }

    public ScheduleRef Ref => new(Code, Version);

    public static string HashOf(string document)
    {
        var normalized = document.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
