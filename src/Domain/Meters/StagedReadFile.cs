using UtilityPortal.Domain.Uploads;

namespace UtilityPortal.Domain.Meters;

/// <summary>An uploaded read file waiting for the specialist to confirm its preview.</summary>
public sealed class StagedReadFile : StagedImportFile
{
    /// <summary>The largest file accepted, before compression: a month of reads for 300,000 meters is about 15 MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private StagedReadFile()
    {
    }

    public StagedReadFile(string uploadedByUserId, string fileName, byte[] compressedContent, string preview, DateTimeOffset uploadedAt)
        : base(uploadedByUserId, MeterReadImport.CleanFileName(fileName), compressedContent, preview, uploadedAt)
    {
    }
}
