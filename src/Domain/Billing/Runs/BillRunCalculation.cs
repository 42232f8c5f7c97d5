using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>
/// Calculates a run's drafts set by set. One task reads a set's accounts, meters and reads (three queries) and drafts
/// its bills while the previous set is written: bills, lines, reads and exceptions through the bulk writer, and the
/// run's progress, in one transaction per set. Only the ids of the cycle's accounts are held for the whole run.
/// </summary>
internal sealed partial class BillRunCalculation(IServiceScopeFactory scopes, UtilityDbContext db, BillRun run, BillingOptions options, TimeProvider clock, ILogger logger)
{
    private readonly StepTimings _timings = new();

    public async Task RunAsync(CancellationToken ct)
    {
        var schedule = await new RateScheduleCatalog(db).RequireInEffectOnAsync(run.PeriodEnd, ct);
        var accounts = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.BillingCycle == run.Cycle && a.Status == AccountStatus.Active && a.OpenedOn <= run.PeriodEnd)
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(ct);
        var billed = (await db.Bills.AsNoTracking()
            .Where(b => b.PeriodStart == run.PeriodStart && b.PeriodEnd == run.PeriodEnd && b.Status != BillStatus.Cancelled
                && (b.Kind == BillKind.Cycle || b.Kind == BillKind.Initial))
            .Select(b => b.ServiceAccountId)
            .ToListAsync(ct)).ToHashSet();
        var todo = accounts.Where(id => !billed.Contains(id)).ToList();
        run.BeginCalculation(schedule.Ref, accounts.Count, accounts.Count - todo.Count, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        LogStarting(logger, run.Id, run.Cycle, run.Period.ToString(), todo.Count, schedule.Ref.Code, schedule.Ref.Version);

        var sets = Channel.CreateBounded<DraftSet>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => DraftAsync(todo, schedule, sets.Writer, stop.Token), CancellationToken.None);
        try
        {
            await WriteAsync(sets.Reader, ct);
            await producer;
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                await stop.CancelAsync();
                await Task.WhenAny(producer);
            }
        }

        run.FinishCalculation(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        LogTimings(logger, run.Id, _timings.ToString());
    }

    private async Task DraftAsync(List<Guid> todo, PricingSchedule schedule, ChannelWriter<DraftSet> sets, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reader = new BillingDataReader(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
            var drafter = new BillDrafter(schedule, options, clock.GetUtcNow(), $"run:{run.Cycle}");
            var readsFrom = run.PeriodStart.AddDays(-UsageHistory.Days - options.ReadToleranceDays - 1);
            var readsTo = run.PeriodEnd.AddDays(options.ReadToleranceDays);
            foreach (var chunk in todo.Chunk(Math.Max(1, options.SetSize)))
            {
                var data = await _timings.TimeAsync("read", () => reader.LoadAsync(chunk, readsFrom, readsTo, ct));
                var drafting = System.Diagnostics.Stopwatch.GetTimestamp();
                var set = new DraftSet(chunk.Length);
                foreach (var account in data.Accounts)
                {
                    var serviceStart = account.OpenedOn > run.PeriodStart ? account.OpenedOn : run.PeriodStart;
                    var kind = serviceStart > run.PeriodStart ? BillKind.Initial : BillKind.Cycle;
                    try
                    {
                        set.Add(drafter.Draft(new DraftRequest(kind, run.Period, new BillingPeriod(serviceStart, run.PeriodEnd), run.Id),
                            account, data.MetersOf(account), data.Reads));
                    }
                    catch (DomainException ex)
                    {
                        set.Skipped++;
                        LogSkipped(logger, run.Id, account.Number, ex.Message);
                    }
                }

                _timings.Add("draft", System.Diagnostics.Stopwatch.GetTimestamp() - drafting);
                await _timings.TimeAsync("wait for writer", () => sets.WriteAsync(set, ct).AsTask());
            }

            sets.Complete();
        }
        catch (Exception ex)
        {
            sets.Complete(ex);
            throw;
        }
    }

    private async Task WriteAsync(ChannelReader<DraftSet> sets, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var writer = new BulkWriter(db);
            await foreach (var set in sets.ReadAllAsync(ct))
            {
                await _timings.TimeAsync("write", async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    await writer.WriteAsync(set.Bills, ct);
                    await writer.WriteAsync(set.Lines, ct);
                    await writer.WriteAsync(set.Reads, ct);
                    await writer.WriteAsync(set.Exceptions, ct);
                    run.Calculated(set.Accounts, set.Skipped, clock.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                });

                if (set.HighBills.Count > 0)
                {
                    await _timings.TimeAsync("notify", () => NotifyAsync(set.HighBills, ct));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Tells the customers of a set's high bills now, before anyone can approve them (approval checks, and retries any that failed).</summary>
    private async Task NotifyAsync(IReadOnlyCollection<Guid> billIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<HighBillNotices>().SendAsync(run.Id, billIds, ct);
        if (failed > 0)
        {
            LogNotifyFailed(logger, run.Id, failed);
        }
    }

    private sealed class DraftSet(int accounts)
    {
        public int Accounts { get; } = accounts;

        public int Skipped { get; set; }

        public List<Bill> Bills { get; } = [];

        public List<BillLine> Lines { get; } = [];

        public List<BillRead> Reads { get; } = [];

        public List<BillExceptionItem> Exceptions { get; } = [];

        public List<Guid> HighBills { get; } = [];

        public void Add(DraftedBill drafted)
        {
            Bills.Add(drafted.Bill);
            Lines.AddRange(drafted.Bill.Lines);
            Reads.AddRange(drafted.Bill.Reads);
            Exceptions.AddRange(drafted.Exceptions);
            if (drafted.Exceptions.Any(e => e.Kind == BillExceptionKind.High))
            {
                HighBills.Add(drafted.Bill.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bill run {RunId}: calculated; wall time by step: {Timings}")]
    private static partial void LogTimings(ILogger logger, Guid runId, string timings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bill run {RunId}: cycle {Cycle}, {Period}: calculating {Accounts} accounts with {Code} version {Version}")]
    private static partial void LogStarting(ILogger logger, Guid runId, int cycle, string period, int accounts, string code, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bill run {RunId}: account {Account} skipped: {Reason}")]
    private static partial void LogSkipped(ILogger logger, Guid runId, string account, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bill run {RunId}: {Count} high-bill notice(s) could not be sent yet; approval will retry them")]
    private static partial void LogNotifyFailed(ILogger logger, Guid runId, int count);
}
