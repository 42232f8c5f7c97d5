namespace UtilityPortal.Domain.Meters;

/// <summary>
/// An uploaded read file waiting for the specialist to confirm its preview. Kept in the database, compressed, rather
/// than on one web node's disk, so the confirmation may land on any node; it expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class StagedReadFile
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    /// <summary>The largest file accepted, before compression: a month of reads for 300,000 meters is about 15 MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private StagedReadFile()
    {
        UploadedByUserId = string.Empty;
        FileName = string.Empty;
        Content = [];
        Preview = string.Empty;
    }

    public StagedReadFile(string uploadedByUserId, string fileName, byte[] compressedContent, string preview, DateTimeOffset uploadedAt)
    {
        // Random, not time-ordered: the id is the token in the confirmation address, so it must not be guessable.
        Id = Guid.NewGuid();
        UploadedByUserId = uploadedByUserId;
        FileName = MeterReadImport.CleanFileName(fileName);
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
}
