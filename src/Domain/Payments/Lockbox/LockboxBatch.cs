using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>
/// One imported lockbox file: who imported which file when, and what became of its lines. The file's SHA-256 is unique,
/// so the same file imported twice finds this record and posts nothing. Written in the same transaction as the
/// payments and suspense items it brought in, so the counts always match what is stored.
/// </summary>
public sealed class LockboxBatch
{
    public const int FileNameMaxLength = 200;

    private LockboxBatch()
    {
        FileName = string.Empty;
        FileHash = string.Empty;
        ImportedByUserId = string.Empty;
        ImportedBy = string.Empty;
    }

    public LockboxBatch(string fileName, string fileHash, DateTimeOffset importedAt, string importedByUserId, string importedBy)
    {
        Id = Guid.CreateVersion7();
        FileName = CleanFileName(fileName);
        FileHash = fileHash;
        ImportedAt = importedAt;
        ImportedByUserId = importedByUserId;
        ImportedBy = importedBy.Length > 120 ? importedBy[..120] : importedBy;
        PostedTotal = Money.Zero;
        SuspenseTotal = Money.Zero;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; unique.</summary>
    public string FileHash { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedByUserId { get; private set; }

    /// <summary>The staff member's name as it was at the time.</summary>
    public string ImportedBy { get; private set; }

    /// <summary>Data lines in the file.</summary>
    public int Lines { get; private set; }

    /// <summary>Payments posted to accounts by the import.</summary>
    public int Posted { get; private set; }

    public Money PostedTotal { get; private set; }

    /// <summary>Lines that matched no open account and wait in the suspense queue.</summary>
    public int Suspended { get; private set; }

    public Money SuspenseTotal { get; private set; }

    /// <summary>Lines repeating a check already posted or suspended by an earlier file: skipped.</summary>
    public int AlreadyImported { get; private set; }

    public Money Total => PostedTotal + SuspenseTotal;

    public void Finish(int lines, int posted, Money postedTotal, int suspended, Money suspenseTotal, int alreadyImported)
    {
        Lines = lines;
        Posted = posted;
        PostedTotal = postedTotal;
        Suspended = suspended;
        SuspenseTotal = suspenseTotal;
        AlreadyImported = alreadyImported;
    }

    /// <summary>Only the name: a browser may send a whole client path.</summary>
    public static string CleanFileName(string? fileName) => Uploads.StagedImportFile.CleanFileName(fileName, "lockbox.csv", FileNameMaxLength);
}
