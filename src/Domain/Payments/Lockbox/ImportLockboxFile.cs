using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <param name="FileName">The uploaded file's name, kept on the batch.</param>
/// <param name="Preview">Run every check and write nothing.</param>
public sealed record ImportLockboxInput(string? FileName, bool Preview = false)
{
    public const int DefaultMaxErrors = 100;

    /// <summary>How many malformed lines to list (all are counted).</summary>
    public int MaxErrors { get; init; } = DefaultMaxErrors;
}

/// <summary>What an import did, or in a preview what it would do.</summary>
/// <param name="BatchId">The batch; null for a preview or a refused file.</param>
/// <param name="Imported">True when this call posted the file.</param>
/// <param name="Lines">Data lines in the file.</param>
/// <param name="Matched">Lines posted (or to be posted) to an account.</param>
/// <param name="Suspense">Lines for the suspense queue.</param>
/// <param name="AlreadyImported">Lines repeating a check an earlier file brought in: skipped.</param>
/// <param name="Malformed">Malformed lines; any one of them stops the whole file.</param>
/// <param name="Errors">The first malformed lines, in file order.</param>
/// <param name="PreviouslyImportedAt">Set when this very file was imported before: nothing is posted again.</param>
public sealed record LockboxImportSummary(
    Guid? BatchId,
    bool Preview,
    bool Imported,
    string FileName,
    int Lines,
    int Matched,
    Money MatchedTotal,
    int Suspense,
    Money SuspenseTotal,
    int AlreadyImported,
    int Malformed,
    IReadOnlyList<LockboxLineError> Errors,
    DateTimeOffset? PreviouslyImportedAt = null,
    string? PreviouslyImportedBy = null)
{
    public Money Total => MatchedTotal + SuspenseTotal;

    /// <summary>The same file was imported before: importing it again posts nothing.</summary>
    public bool SameFileAgain => PreviouslyImportedAt is not null;

    /// <summary>Whether confirming would post anything: no malformed line and not the same file again.</summary>
    public bool CanImport => Malformed == 0 && !SameFileAgain && Matched + Suspense > 0;

    internal static LockboxImportSummary Of(LockboxBatch batch, bool sameFileAgain) => new(batch.Id, false, !sameFileAgain, batch.FileName, batch.Lines,
        batch.Posted, batch.PostedTotal, batch.Suspended, batch.SuspenseTotal, batch.AlreadyImported, 0, [],
        sameFileAgain ? batch.ImportedAt : null, sameFileAgain ? batch.ImportedBy : null);
}

/// <summary>
/// Imports the bank's lockbox file (<see cref="LockboxFile"/>) as one batch, in one transaction: every line that names
/// an open account becomes a posted check payment (channel Lockbox, reference the check number) with its journal entry
/// (key <c>payment:{id}</c>), every other line a suspense item for staff. A file with any malformed line imports
/// nothing; the same file twice (its SHA-256 is unique) posts nothing new, and a check an earlier file already brought
/// in is skipped. Payments and entries go through the bulk writer set by set, untracked, so 100,000 lines post in seconds.
/// See docs/decisions/0010-lockbox-import.md.
/// </summary>
public sealed class ImportLockboxFile(UtilityDbContext db, HoldPaidDeposits deposits, TimeProvider clock)
{
    /// <summary>Who the payments say received them.</summary>
    public const string ReceivedBy = "lockbox";

    /// <summary>The largest list bound into one IN (...): SQL Server takes at most 2,100 parameters a command.</summary>
    private const int KeysPerQuery = 1_000;

    /// <summary>Lines written together. Internal so a test can make sets small.</summary>
    internal int SetSize { get; set; } = 5_000;

    public async Task<LockboxImportSummary> HandleAsync(Actor actor, ImportLockboxInput input, byte[] content, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        if (content.Length == 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "The file is empty.", "File");
        }

        if (content.Length > LockboxFile.MaxBytes)
        {
            throw new DomainException(ErrorCodes.Invalid, "The file is larger than 64 MB. Ask the bank to split it.", "File");
        }

        var fileName = LockboxBatch.CleanFileName(input.FileName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var lines = new List<LockboxLine>();
        var errors = new List<LockboxLineError>();
        int malformed;
        using (var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            malformed = LockboxFile.Parse(reader, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), lines, errors, Math.Clamp(input.MaxErrors, 0, 1_000));
        }

        if (await db.LockboxBatches.AsNoTracking().SingleOrDefaultAsync(b => b.FileHash == hash, ct) is { } earlier)
        {
            return LockboxImportSummary.Of(earlier, sameFileAgain: true);
        }

        if (input.Preview || malformed > 0)
        {
            var plan = await PlanAsync(lines, ct);
            return plan.Summary(null, input.Preview, imported: false, fileName, lines.Count + malformed, malformed, errors);
        }

        return await ImportAsync(actor, fileName, hash, lines, ct);
    }

    private async Task<LockboxImportSummary> ImportAsync(Actor actor, string fileName, string hash, List<LockboxLine> lines, CancellationToken ct)
    {
        LockboxImportSummary summary;
        Plan plan;
        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await LockAsync(ct);
            if (await db.LockboxBatches.AsNoTracking().SingleOrDefaultAsync(b => b.FileHash == hash, ct) is { } earlier)
            {
                // Another import of the same file finished while we waited for the lock.
                return LockboxImportSummary.Of(earlier, sameFileAgain: true);
            }

            var now = clock.GetUtcNow();
            var batch = new LockboxBatch(fileName, hash, now, actor.UserId, actor.Name);
            db.LockboxBatches.Add(batch);
            await db.SaveChangesAsync(ct);

            // Planned inside the lock, so two overlapping files cannot both find a check missing and both post it.
            plan = await PlanAsync(lines, ct);
            await using (var writer = new BulkWriter(db))
            {
                await WriteAsync(writer, batch, plan, actor.Name, now, ct);
            }

            summary = plan.Summary(batch.Id, preview: false, imported: true, batch.FileName, lines.Count, 0, []);
            batch.Finish(summary.Lines, summary.Matched, summary.MatchedTotal, summary.Suspense, summary.SuspenseTotal, summary.AlreadyImported);
            db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ImportLockboxFile", nameof(LockboxBatch), batch.Id.ToString(), null, null,
                string.Create(CultureInfo.InvariantCulture,
                    $"{batch.FileName}: {summary.Lines} lines, {summary.Matched} posted ({summary.MatchedTotal.Amount:0.00}), {summary.Suspense} to suspense ({summary.SuspenseTotal.Amount:0.00}), {summary.AlreadyImported} already imported")));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        // A payment on a new account may complete its deposit bill; holding it is its own posting, once per bill.
        await deposits.ForAccountsAsync(plan.AccountIds, ct);
        return summary;
    }

    private async Task WriteAsync(BulkWriter writer, LockboxBatch batch, Plan plan, string postedBy, DateTimeOffset now, CancellationToken ct)
    {
        var receipts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in plan.Matched.Chunk(SetSize))
        {
            ct.ThrowIfCancellationRequested();
            var payments = await UniqueReceiptsAsync(set.Select(m => LockboxFile.PaymentFor(m.AccountId, m.Line.Amount, m.Line.CheckNumber, m.Line.PaidOn, batch.Id)).ToList(),
                receipts, ct);
            var entries = new List<JournalEntry>(set.Length);
            foreach (var payment in payments)
            {
                var entry = payment.ToJournalEntry(postedBy, $"Lockbox check {payment.Reference}");
                payment.MarkPosted(entry.Id, now);
                entries.Add(entry);
            }

            await writer.WriteAsync(payments, ct);
            await writer.WriteAsync(entries, ct);
        }

        foreach (var set in plan.Suspended.Chunk(SetSize))
        {
            await writer.WriteAsync(set.Select(s => new SuspenseItem(batch.Id, s.Line, s.Reason)).ToList(), ct);
        }
    }

    /// <summary>
    /// A receipt number holds 32 random bits per day, so among tens of thousands of payments received the same day two
    /// can meet; a payment whose number is taken (earlier in the file, or already stored) is drawn again with a new id.
    /// </summary>
    private async Task<List<Payment>> UniqueReceiptsAsync(List<Payment> payments, HashSet<string> receipts, CancellationToken ct)
    {
        var unique = new List<Payment>(payments.Count);
        var pending = payments;
        while (pending.Count > 0)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in pending.Select(p => p.ReceiptNumber).Chunk(KeysPerQuery))
            {
                taken.UnionWith(await db.Payments.AsNoTracking().Where(p => chunk.Contains(p.ReceiptNumber)).Select(p => p.ReceiptNumber).ToListAsync(ct));
            }

            var redrawn = new List<Payment>();
            foreach (var p in pending)
            {
                if (taken.Contains(p.ReceiptNumber) || !receipts.Add(p.ReceiptNumber))
                {
                    redrawn.Add(LockboxFile.PaymentFor(p.ServiceAccountId, p.Amount, p.Reference!, DateOnly.FromDateTime(p.ReceivedAt.UtcDateTime), p.LockboxBatchId!.Value));
                }
                else
                {
                    unique.Add(p);
                }
            }

            pending = redrawn;
        }

        return unique;
    }

    /// <summary>Decides every good line: the account it posts to, the suspense reason, or already imported by an earlier file.</summary>
    private async Task<Plan> PlanAsync(List<LockboxLine> lines, CancellationToken ct)
    {
        var numbers = new Dictionary<string, AccountNumber?>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!numbers.ContainsKey(line.Account))
            {
                numbers[line.Account] = AccountNumber.TryParse(line.Account, out var n) ? n : null;
            }
        }

        var accounts = new Dictionary<AccountNumber, (Guid Id, AccountStatus Status)>();
        foreach (var chunk in numbers.Values.OfType<AccountNumber>().Distinct().Chunk(KeysPerQuery))
        {
            var found = await db.ServiceAccounts.AsNoTracking().Where(a => chunk.Contains(a.Number))
                .Select(a => new { a.Number, a.Id, a.Status }).ToListAsync(ct);
            foreach (var a in found)
            {
                accounts[a.Number] = (a.Id, a.Status);
            }
        }

        var plan = new Plan();
        var postedKeys = await PostedKeysAsync(lines, accounts.Values.Select(a => a.Id).ToList(), ct);
        var suspendedKeys = await SuspendedKeysAsync(lines, ct);
        foreach (var line in lines)
        {
            var number = numbers[line.Account];
            if (number is { } n && accounts.TryGetValue(n, out var account) && account.Status != AccountStatus.Closed)
            {
                if (postedKeys.Contains(LockboxFile.KeyOf(account.Id.ToString(), line.CheckNumber, line.Amount, line.PaidOn)))
                {
                    plan.AlreadyImported++;
                }
                else
                {
                    plan.Matched.Add((line, account.Id));
                }

                continue;
            }

            if (suspendedKeys.Contains(line.Key))
            {
                plan.AlreadyImported++;
                continue;
            }

            var reason = number is null ? SuspenseReason.InvalidAccountNumber
                : accounts.ContainsKey(number.Value) ? SuspenseReason.ClosedAccount : SuspenseReason.UnknownAccount;
            plan.Suspended.Add((line, reason));
        }

        return plan;
    }

    /// <summary>The lockbox checks already posted to these accounts in the file's date range, as keys.</summary>
    private async Task<HashSet<string>> PostedKeysAsync(List<LockboxLine> lines, List<Guid> accountIds, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (lines.Count == 0)
        {
            return keys;
        }

        var from = LockboxFile.ReceivedAt(lines.Min(l => l.PaidOn));
        var to = LockboxFile.ReceivedAt(lines.Max(l => l.PaidOn));
        var lockbox = db.Payments.AsNoTracking().Where(p => p.Channel == PaymentChannel.Lockbox && p.ReceivedAt >= from && p.ReceivedAt <= to
            && (p.Status == PaymentStatus.Posted || p.Status == PaymentStatus.Reversed));
        if (!await lockbox.AnyAsync(ct))
        {
            return keys;
        }

        foreach (var chunk in accountIds.Chunk(KeysPerQuery))
        {
            var rows = await lockbox.Where(p => chunk.Contains(p.ServiceAccountId))
                .Select(p => new { p.ServiceAccountId, p.Reference, p.Amount, p.ReceivedAt }).ToListAsync(ct);
            foreach (var p in rows)
            {
                keys.Add(LockboxFile.KeyOf(p.ServiceAccountId.ToString(), p.Reference ?? string.Empty, p.Amount, DateOnly.FromDateTime(p.ReceivedAt.UtcDateTime)));
            }
        }

        return keys;
    }

    /// <summary>The lines earlier files put in suspense (whatever became of them since), as keys.</summary>
    private async Task<HashSet<string>> SuspendedKeysAsync(List<LockboxLine> lines, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (lines.Count == 0)
        {
            return keys;
        }

        var from = lines.Min(l => l.PaidOn);
        var to = lines.Max(l => l.PaidOn);
        var rows = await db.SuspenseItems.AsNoTracking().Where(s => s.PaidOn >= from && s.PaidOn <= to)
            .Select(s => new { s.AccountText, s.CheckNumber, s.Amount, s.PaidOn }).ToListAsync(ct);
        foreach (var s in rows)
        {
            keys.Add(LockboxFile.KeyOf(s.AccountText, s.CheckNumber, s.Amount, s.PaidOn));
        }

        return keys;
    }

    /// <summary>One lockbox import writes at a time, so two overlapping files cannot both post the same check.</summary>
    private Task LockAsync(CancellationToken ct)
    {
        var provider = db.Database.ProviderName ?? string.Empty;
        if (provider.Contains("Npgsql", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(5625269202704)", ct);
        }

        if (provider.Contains("SqlServer", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'UtilityPortal.ImportLockboxFile', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 600000", ct);
        }

        // SQLite: EF begins the transaction with BEGIN IMMEDIATE, which already holds the database's write lock.
        return Task.CompletedTask;
    }

    private sealed class Plan
    {
        public List<(LockboxLine Line, Guid AccountId)> Matched { get; } = [];

        public List<(LockboxLine Line, SuspenseReason Reason)> Suspended { get; } = [];

        public int AlreadyImported { get; set; }

        public IReadOnlyList<Guid> AccountIds => Matched.Select(m => m.AccountId).Distinct().ToList();

        public LockboxImportSummary Summary(Guid? batchId, bool preview, bool imported, string fileName, int lines, int malformed, IReadOnlyList<LockboxLineError> errors) =>
            new(batchId, preview, imported, fileName, lines, Matched.Count, Matched.Select(m => m.Line.Amount).Sum(), Suspended.Count,
                Suspended.Select(s => s.Line.Amount).Sum(), AlreadyImported, malformed, errors);
    }
}
