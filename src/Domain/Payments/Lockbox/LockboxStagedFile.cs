using UtilityPortal.Domain.Uploads;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>An uploaded lockbox file waiting for the specialist to confirm its preview.</summary>
public sealed class LockboxStagedFile : StagedImportFile
{
    private LockboxStagedFile()
    {
    }

    public LockboxStagedFile(string uploadedByUserId, string fileName, byte[] compressedContent, string preview, DateTimeOffset uploadedAt)
        : base(uploadedByUserId, LockboxBatch.CleanFileName(fileName), compressedContent, preview, uploadedAt)
    {
    }
}
