namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>
/// An uploaded lockbox file waiting for the specialist to confirm its preview. Kept in the database, compressed, rather
/// than on one web node's disk, so the confirmation may land on any node; it expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class LockboxStagedFile
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private LockboxStagedFile()
    {
        UploadedByUserId = string.Empty;
        FileName = string.Empty;
        Content = [];
        Preview = string.Empty;
    }

    public LockboxStagedFile(string uploadedByUserId, string fileName, byte[] compressedContent, string preview, DateTimeOffset uploadedAt)
    {
        // Random, not time-ordered: the id is the token in the confirmation address, so it must not be guessable.
        Id = Guid.NewGuid();
        UploadedByUserId = uploadedByUserId;
        FileName = LockboxBatch.CleanFileName(fileName);
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
