using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>
/// Posts an approved run set by set: each set's ledger positions in one grouped query, each bill's charge (key
/// <c>bill:{id}</c>, unique in the journal) through the bulk writer, and the bills marked posted (their posted columns
/// written back by key), in one transaction per set. A bill posts at most once: only approved bills are taken, and the journal refuses a second key.
/// </summary>
internal sealed partial class BillRunPosting(UtilityDbContext db, BillRun run, BillingOptions options, TimeProvider clock, ILogger logger)
{
    /// <summary>
    /// The columns <see cref="Bill.Post"/> sets: the bills are read untracked and these are written back by key in one
    /// prepared statement, rather than a million tracked entities through SaveChanges.
    /// </summary>
    private static readonly string[] PostedColumns =
    [
        nameof(Bill.Status), nameof(Bill.DepositApplied), nameof(Bill.PaymentsSince), nameof(Bill.AdjustmentsSince), nameof(Bill.PreviousBalance),
        nameof(Bill.TotalDue), nameof(Bill.IssuedOn), nameof(Bill.DueOn), nameof(Bill.PostedAt), nameof(Bill.PostedBy),
    ];

    private readonly StepTimings _timings = new();

    public async Task RunAsync(CancellationToken ct)
    {
        var ids = await db.Bills.AsNoTracking()
            .Where(b => b.BillRunId == run.Id && b.Status == BillStatus.Approved)
            .OrderBy(b => b.Id)
            .Select(b => b.Id)
            .ToListAsync(ct);
        var issuedOn = run.IssueDate ?? run.PeriodEnd;
        var postedBy = run.PostedBy ?? "billing";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var writer = new BulkWriter(db);
            var first = true;
            foreach (var chunk in ids.Chunk(Math.Max(1, options.SetSize)))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (first)
                {
                    // From the first posted bill on, the schedules that priced the run can no longer change.
                    var codes = await db.Bills.AsNoTracking().Where(b => b.BillRunId == run.Id && b.Status == BillStatus.Approved)
                        .Select(b => b.ScheduleCode).Distinct().ToListAsync(ct);
                    await RateScheduleStore.LockAsync(db, codes, ct);
                    first = false;
                }

                var bills = await _timings.TimeAsync("load bills", () => db.Bills.AsNoTracking().Where(b => chunk.Contains(b.Id) && b.Status == BillStatus.Approved).ToListAsync(ct));
                var positions = await _timings.TimeAsync("ledger positions", () => LedgerPositions.ForAsync(db, bills.Select(b => b.ServiceAccountId).Distinct().ToList(), ct));
                var now = clock.GetUtcNow();
                var entries = new List<JournalEntry>(bills.Count);
                foreach (var bill in bills)
                {
                    entries.AddRange(bill.Post(LedgerPositions.Of(positions, bill.ServiceAccountId), issuedOn, options.DaysToPay, now, postedBy));
                }

                await _timings.TimeAsync("write entries", () => writer.WriteAsync(entries, ct));
                await _timings.TimeAsync("update bills", () => writer.UpdateAsync(bills, PostedColumns, ct));
                run.Posted(bills.Count, now);
                await db.SaveChangesAsync(ct);
                await _timings.TimeAsync("commit", () => transaction.CommitAsync(ct));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        run.FinishPosting(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        LogTimings(logger, run.Id, _timings.ToString());
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bill run {RunId}: posted; wall time by step: {Timings}")]
    private static partial void LogTimings(ILogger logger, Guid runId, string timings);
}
