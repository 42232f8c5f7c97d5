namespace UtilityPortal.Domain.Uploads;

/// <summary>
/// An uploaded import file (meter reads, a lockbox file) waiting for the specialist to confirm its preview. Kept in the
/// database, compressed, rather than on one web node's disk, so the confirmation may land on any node; it expires
/// after <see cref="Lifetime"/>. Each kind of import keeps its files in a table of its own.
/// </summary>
public abstract class StagedImportFile
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    protected StagedImportFile()
    {
        UploadedByUserId = string.Empty;
        FileName = string.Empty;
        Content = [];
        Preview = string.Empty;
    }

    protected StagedImportFile(string uploadedByUserId, string cleanFileName, byte[] compressedContent, string preview, DateTimeOffset uploadedAt)
    {
        // Random, not time-ordered: the id is the token in the confirmation address, so it must not be guessable.
        Id = Guid.NewGuid();
        UploadedByUserId = uploadedByUserId;
        FileName = cleanFileName;
        Content = compressedContent;
        Preview = preview;
        UploadedAt = uploadedAt;
        ExpiresAt = uploadedAt + Lifetime;
    }

    public Guid Id { get; private set; }

    public string UploadedByUserId { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file as uploaded, gzip-compressed.</summary>
    public byte[] Content { get; private set; }

    /// <summary>The preview summary, as JSON.</summary>
    public string Preview { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The name to keep of an uploaded file: no folders (a browser may send a whole path), at most <paramref name="maxLength"/> characters.</summary>
    public static string CleanFileName(string? fileName, string fallback, int maxLength)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/').Trim());
        name = string.IsNullOrWhiteSpace(name) ? fallback : name;
        return name.Length > maxLength ? name[..maxLength] : name;
    }
}
