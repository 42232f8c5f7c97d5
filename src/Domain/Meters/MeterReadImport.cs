using System.Text.Json;

namespace UtilityPortal.Domain.Meters;

/// <summary>
/// The record of one read file import: who imported which file when, and what became of its lines. Written once, in
/// the same transaction as the reads it brought in, so the counts always match what is stored.
/// </summary>
public sealed class MeterReadImport
{
    public const int FileNameMaxLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private MeterReadImport()
    {
        FileName = string.Empty;
        ImportedBy = string.Empty;
        ImportedByUserId = string.Empty;
        Report = string.Empty;
    }

    /// <summary>Starts the record; <see cref="Finish"/> fills in the counts before the transaction commits.</summary>
    public MeterReadImport(Guid id, string fileName, DateTimeOffset importedAt, string importedByUserId, string importedBy)
    {
        Id = id;
        FileName = CleanFileName(fileName);
        ImportedAt = importedAt;
        ImportedByUserId = importedByUserId;
        ImportedBy = importedBy.Length > 120 ? importedBy[..120] : importedBy;
        Report = JsonSerializer.Serialize(new StoredReport([], []), Json);
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedByUserId { get; private set; }

    /// <summary>The staff member's name as it was at the time.</summary>
    public string ImportedBy { get; private set; }

    /// <summary>Data lines in the file (the header and blank lines not counted).</summary>
    public int Lines { get; private set; }

    /// <summary>New reads stored by this import.</summary>
    public int Imported { get; private set; }

    /// <summary>Lines identical to a read already stored (the same file, or an overlapping one, imported before): skipped.</summary>
    public int AlreadyImported { get; private set; }

    public int Refused { get; private set; }

    /// <summary>Refusals by kind and the first refused lines, as JSON: a snapshot for the result page, not for querying.</summary>
    public string Report { get; private set; }

    /// <summary>What became of the file's lines. The reads reference this record, so it is written first and finished last.</summary>
    public void Finish(ReadImportCounts counts, IReadOnlyList<ReadLineError> firstErrors)
    {
        Lines = counts.Lines;
        Imported = counts.Importable;
        AlreadyImported = counts.AlreadyImported;
        Refused = counts.Refused;
        Report = JsonSerializer.Serialize(new StoredReport(counts.RefusedByProblem.ToDictionary(), [.. firstErrors]), Json);
    }

    public IReadOnlyDictionary<ReadLineProblem, int> RefusedByProblem() =>
        JsonSerializer.Deserialize<StoredReport>(Report, Json)?.ByProblem ?? new Dictionary<ReadLineProblem, int>();

    public IReadOnlyList<ReadLineError> FirstErrors() =>
        JsonSerializer.Deserialize<StoredReport>(Report, Json)?.Errors ?? [];

    /// <summary>Only the name: a browser may send a whole client path.</summary>
    public static string CleanFileName(string? fileName) => Uploads.StagedImportFile.CleanFileName(fileName, "reads.csv", FileNameMaxLength);

    private sealed record StoredReport(Dictionary<ReadLineProblem, int> ByProblem, List<ReadLineError> Errors);
}

/// <summary>What became of a file's lines.</summary>
public sealed record ReadImportCounts(int Lines, int Importable, int AlreadyImported, int Refused, IReadOnlyDictionary<ReadLineProblem, int> RefusedByProblem);
