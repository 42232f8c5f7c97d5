using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Meters;

/// <param name="FileName">The uploaded file's name, kept on the import record.</param>
/// <param name="Preview">Run every check and write nothing.</param>
public sealed record ImportReadsInput(string? FileName, bool Preview = false)
{
    public const int DefaultMaxErrors = 100;
    public const int MaxMaxErrors = 1_000;

    /// <summary>How many refused lines to list (all are counted).</summary>
    public int MaxErrors { get; init; } = DefaultMaxErrors;
}

/// <summary>What an import did, or in a preview what it would do.</summary>
/// <param name="ImportId">The import record; null for a preview.</param>
/// <param name="Lines">Data lines in the file.</param>
/// <param name="NewReads">Reads imported (in a preview: that would be imported).</param>
/// <param name="AlreadyImported">Lines identical to a stored read, skipped without complaint.</param>
/// <param name="Errors">The first refused lines, in file order.</param>
public sealed record ReadImportSummary(
    Guid? ImportId,
    bool Preview,
    string FileName,
    int Lines,
    int NewReads,
    int AlreadyImported,
    int Refused,
    IReadOnlyDictionary<ReadLineProblem, int> RefusedByProblem,
    IReadOnlyList<ReadLineError> Errors)
{
    /// <summary>Every good line was already stored: the same file imported again.</summary>
    public bool NothingNew => NewReads == 0 && AlreadyImported > 0;

    public static ReadImportSummary From(MeterReadImport record) => new(record.Id, false, record.FileName, record.Lines, record.Imported,
        record.AlreadyImported, record.Refused, record.RefusedByProblem(), record.FirstErrors());
}

/// <summary>
/// Imports a read file (see <see cref="ReadFile"/>) line by line in batches: each batch resolves its meters by serial
/// number or radio id with a few queries, checks every line against the stored reads and the lines before it, and
/// writes its good reads with the bulk writer. The whole import is one transaction, so it lands completely or not at
/// all, and an import record with the counts is written and audited in the same transaction. A line identical to a
/// stored read is skipped silently, which makes importing the same file twice add nothing.
/// </summary>
public sealed class ImportMeterReads(UtilityDbContext db, TimeProvider clock)
{
    /// <summary>Who the stored reads say read the meter: the file came from the meter data system.</summary>
    public const string ImportedReader = "meter data system";

    /// <summary>The largest list bound into one IN (...): SQL Server takes at most 2,100 parameters a command.</summary>
    private const int KeysPerQuery = 1_000;

    /// <summary>Lines checked and written together. Internal so a test can make batches small.</summary>
    internal int BatchSize { get; set; } = 5_000;

    public async Task<ReadImportSummary> HandleAsync(Actor actor, ImportReadsInput input, TextReader file, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff import meter reads.");
        }

        var run = new Run(MeterReadImport.CleanFileName(input.FileName), Math.Clamp(input.MaxErrors, 0, ImportReadsInput.MaxMaxErrors),
            input.Preview ? null : Guid.CreateVersion7());
        if (input.Preview)
        {
            await CheckAllAsync(run, file, writer: null, ct);
            return run.Summary();
        }

        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await LockImportsAsync(ct);
            var at = clock.GetUtcNow();
            var record = new MeterReadImport(run.ImportId!.Value, run.FileName, at, actor.UserId, actor.Name);
            db.Add(record);
            await db.SaveChangesAsync(ct);
            await using (var writer = new BulkWriter(db))
            {
                await CheckAllAsync(run, file, writer, ct);
            }

            var summary = run.Summary();
            record.Finish(new ReadImportCounts(summary.Lines, summary.NewReads, summary.AlreadyImported, summary.Refused, summary.RefusedByProblem),
                summary.Errors);
            db.Add(new AuditEntry(at, actor.Name, "ImportMeterReads", nameof(MeterReadImport), record.Id.ToString(), null, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"{record.FileName}: {summary.Lines} lines, {summary.NewReads} imported, {summary.AlreadyImported} already imported, {summary.Refused} refused")));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return summary;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private async Task CheckAllAsync(Run run, TextReader file, BulkWriter? writer, CancellationToken ct)
    {
        var batch = new List<ReadFileLine>(BatchSize);
        foreach (var line in ReadFile.Parse(file))
        {
            if (line.LineNumber == 1)
            {
                // A missing or wrong header means this is not a read file at all: refuse it whole.
                throw new DomainException(ErrorCodes.Invalid, line.Error ?? "The file is empty.", "File");
            }

            batch.Add(line);
            if (batch.Count >= BatchSize)
            {
                await CheckBatchAsync(run, batch, writer, ct);
                batch.Clear();
            }
        }

        await CheckBatchAsync(run, batch, writer, ct);
    }

    private async Task CheckBatchAsync(Run run, List<ReadFileLine> batch, BulkWriter? writer, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await ResolveMetersAsync(run, batch.Where(l => l.IsValid).Select(l => l.MeterKey!).Distinct(StringComparer.Ordinal)
            .Where(k => !run.Keys.ContainsKey(k)).ToList(), ct);
        await LoadLastReadsAsync(run, batch, ct);
        var stored = await StoredReadsAsync(run, batch, ct);

        var reads = new List<MeterRead>();
        foreach (var line in batch)
        {
            run.Lines++;
            if (run.Check(line, stored) is { } meter)
            {
                reads.Add(new MeterRead(meter.Id, line.ReadAt, line.RegisterValue, line.Source, ImportedReader, line.Flags, run.ImportId));
            }
        }

        run.NewReads += reads.Count;
        if (writer is not null)
        {
            await writer.WriteAsync(reads, ct);
        }
    }

    /// <summary>Finds meters by serial number first, then by radio id; a radio id shared by several meters means the active one.</summary>
    private async Task ResolveMetersAsync(Run run, List<string> keys, CancellationToken ct)
    {
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var bySerial = await db.Meters.AsNoTracking().Where(m => chunk.Contains(m.SerialNumber))
                .Select(m => new MeterRef(m.Id, m.SerialNumber, m.RegisterDigits, m.Status)).ToListAsync(ct);
            foreach (var meter in bySerial)
            {
                run.Keys[meter.SerialNumber] = meter;
            }

            var rest = chunk.Where(k => !run.Keys.ContainsKey(k)).ToList();
            if (rest.Count == 0)
            {
                continue;
            }

            var byRadio = await db.Meters.AsNoTracking().Where(m => m.RadioId != null && rest.Contains(m.RadioId))
                .Select(m => new { Radio = m.RadioId!, Meter = new MeterRef(m.Id, m.SerialNumber, m.RegisterDigits, m.Status) }).ToListAsync(ct);
            foreach (var key in rest)
            {
                var found = byRadio.Where(r => r.Radio == key).Select(r => r.Meter).ToList();
                var active = found.Where(m => m.Status == MeterStatus.Active).ToList();
                run.Keys[key] = found.Count == 1 ? found[0] : active.Count == 1 ? active[0] : found.Count == 0 ? null : MeterRef.Ambiguous;
            }
        }
    }

    private async Task LoadLastReadsAsync(Run run, List<ReadFileLine> batch, CancellationToken ct)
    {
        var ids = batch.Where(l => l.IsValid && run.Keys[l.MeterKey!] is { IsAmbiguous: false })
            .Select(l => run.Keys[l.MeterKey!]!.Id).Distinct().Where(id => !run.Meters.ContainsKey(id)).ToList();
        foreach (var chunk in ids.Chunk(KeysPerQuery))
        {
            var last = await db.MeterReads.AsNoTracking().Where(r => chunk.Contains(r.MeterId))
                .GroupBy(r => r.MeterId).Select(g => new { g.Key, Last = g.Max(r => r.ReadAt) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
            foreach (var id in chunk)
            {
                run.Meters[id] = new MeterState(last.TryGetValue(id, out var at) ? at : null);
            }
        }
    }

    /// <summary>The stored reads a line could repeat: only lines at or before their meter's last stored read can.</summary>
    private async Task<Dictionary<(Guid, DateTimeOffset), long>> StoredReadsAsync(Run run, List<ReadFileLine> batch, CancellationToken ct)
    {
        var candidates = batch.Where(l => l.IsValid && run.Keys[l.MeterKey!] is { IsAmbiguous: false } m && run.Meters[m.Id].LastStoredAt >= l.ReadAt)
            .Select(l => (run.Keys[l.MeterKey!]!.Id, l.ReadAt)).ToList();
        var stored = new Dictionary<(Guid, DateTimeOffset), long>();
        if (candidates.Count == 0)
        {
            return stored;
        }

        var from = candidates.Min(c => c.ReadAt);
        var to = candidates.Max(c => c.ReadAt);
        foreach (var chunk in candidates.Select(c => c.Id).Distinct().Chunk(KeysPerQuery))
        {
            var rows = await db.MeterReads.AsNoTracking()
                .Where(r => chunk.Contains(r.MeterId) && r.ReadAt >= from && r.ReadAt <= to)
                .Select(r => new { r.MeterId, r.ReadAt, r.RegisterValue }).ToListAsync(ct);
            foreach (var row in rows)
            {
                stored[(row.MeterId, row.ReadAt)] = row.RegisterValue;
            }
        }

        return stored;
    }

    /// <summary>Only one import writes at a time, so two imports of the same file cannot both find a read missing and both add it.</summary>
    private Task LockImportsAsync(CancellationToken ct)
    {
        var provider = db.Database.ProviderName ?? string.Empty;
        if (provider.Contains("Npgsql", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(8675309202701)", ct);
        }

        if (provider.Contains("SqlServer", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'UtilityPortal.ImportMeterReads', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 600000", ct);
        }

        // SQLite: EF begins the transaction with BEGIN IMMEDIATE, which already holds the database's write lock.
        return Task.CompletedTask;
    }

    private sealed record MeterRef(Guid Id, string SerialNumber, int RegisterDigits, MeterStatus Status)
    {
        public static readonly MeterRef Ambiguous = new(Guid.Empty, string.Empty, 0, MeterStatus.Removed);

        public bool IsAmbiguous => ReferenceEquals(this, Ambiguous);

        public long RegisterMax { get; } = RegisterDigits is > 0 and < 19 ? (long)Math.Pow(10, RegisterDigits) - 1 : long.MaxValue;
    }

    /// <summary>What the import knows of one meter: its last stored read, and the file's reads of it so far in time order.</summary>
    private sealed class MeterState(DateTimeOffset? lastStoredAt)
    {
        public DateTimeOffset? LastStoredAt { get; } = lastStoredAt;

        public DateTimeOffset? LastAt { get; set; } = lastStoredAt;

        /// <summary>Read times (UTC ticks) of the lines taken so far, ascending, with their line numbers.</summary>
        public List<(long Ticks, int Line)> FileReads { get; } = [];

        public int? LineWith(DateTimeOffset readAt)
        {
            var i = FileReads.BinarySearch((readAt.UtcTicks, 0), TicksOnly.Instance);
            return i >= 0 ? FileReads[i].Line : null;
        }

        public void Take(DateTimeOffset readAt, int line)
        {
            var i = FileReads.BinarySearch((readAt.UtcTicks, 0), TicksOnly.Instance);
            FileReads.Insert(i >= 0 ? i : ~i, (readAt.UtcTicks, line));
        }
    }

    private sealed class TicksOnly : IComparer<(long Ticks, int Line)>
    {
        public static readonly TicksOnly Instance = new();

        public int Compare((long Ticks, int Line) x, (long Ticks, int Line) y) => x.Ticks.CompareTo(y.Ticks);
    }

    private sealed class Run(string fileName, int maxErrors, Guid? importId)
    {
        private readonly Dictionary<ReadLineProblem, int> _byProblem = [];
        private readonly List<ReadLineError> _errors = [];
        private int _refused;
        private int _alreadyImported;

        public string FileName { get; } = fileName;

        public Guid? ImportId { get; } = importId;

        public int Lines { get; set; }

        public int NewReads { get; set; }

        /// <summary>Serial numbers and radio ids seen so far; null for a key no meter has.</summary>
        public Dictionary<string, MeterRef?> Keys { get; } = new(StringComparer.Ordinal);

        public Dictionary<Guid, MeterState> Meters { get; } = [];

        /// <summary>Decides one line: the meter to store the read for, or null when the line is refused or already stored.</summary>
        public MeterRef? Check(ReadFileLine line, Dictionary<(Guid, DateTimeOffset), long> stored)
        {
            if (!line.IsValid)
            {
                Refuse(line.Failure!);
                return null;
            }

            var key = line.MeterKey!;
            var meter = Keys[key];
            if (meter is null || meter.IsAmbiguous)
            {
                Refuse(line, ReadLineProblem.UnknownMeter, meter is null
                    ? "No meter has the serial number or radio id '{0}'."
                    : "The radio id '{0}' belongs to more than one meter; use the serial number.", key);
                return null;
            }

            if (line.RegisterValue > meter.RegisterMax)
            {
                Refuse(line, ReadLineProblem.RegisterOutOfRange, "{0} gallons does not fit meter {1}'s {2}-digit register.",
                    Number(line.RegisterValue), meter.SerialNumber, meter.RegisterDigits.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var state = Meters[meter.Id];
            if (state.LineWith(line.ReadAt) is { } earlier)
            {
                Refuse(line, ReadLineProblem.DuplicateLine, "Line {0} already has a read of meter {1} at {2}.",
                    earlier.ToString(CultureInfo.InvariantCulture), meter.SerialNumber, Time(line.ReadAt));
                return null;
            }

            if (stored.TryGetValue((meter.Id, line.ReadAt), out var storedValue))
            {
                if (storedValue == line.RegisterValue)
                {
                    _alreadyImported++;
                    state.Take(line.ReadAt, line.LineNumber);
                    return null;
                }

                Refuse(line, ReadLineProblem.ConflictsWithStoredRead, "Meter {0} already has a read of {1} gallons at {2}.",
                    meter.SerialNumber, Number(storedValue), Time(line.ReadAt));
                return null;
            }

            if (state.LastAt is { } last && line.ReadAt < last)
            {
                Refuse(line, ReadLineProblem.EarlierThanLastRead, "The read is earlier than meter {0}'s last read at {1}.",
                    meter.SerialNumber, Time(last));
                return null;
            }

            state.Take(line.ReadAt, line.LineNumber);
            state.LastAt = line.ReadAt;
            return meter;
        }

        public ReadImportSummary Summary() => new(ImportId, ImportId is null, FileName, Lines, NewReads, _alreadyImported, _refused,
            new Dictionary<ReadLineProblem, int>(_byProblem), _errors.ToList());

        private void Refuse(ReadFileLine line, ReadLineProblem problem, string format, params string[] arguments) =>
            Refuse(new ReadLineError(line.LineNumber, problem, line.MeterKey, format, arguments));

        private void Refuse(ReadLineError error)
        {
            _refused++;
            _byProblem[error.Problem] = _byProblem.GetValueOrDefault(error.Problem) + 1;
            if (_errors.Count < maxErrors)
            {
                _errors.Add(error);
            }
        }

        private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
