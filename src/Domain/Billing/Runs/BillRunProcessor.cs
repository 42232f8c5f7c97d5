using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>
/// Does the heavy work of a bill run: calculates a queued run's drafts, or posts a run that was asked to post. A run
/// is claimed first (its concurrency token changes), so of two nodes asking at once one works and the other is told
/// no; a run left half done by a crash is picked up again and carries on where it stopped, because a set of bills is
/// written in one transaction and accounts already billed for the period are skipped.
/// </summary>
public sealed partial class BillRunProcessor(IServiceScopeFactory scopes, IOptions<BillingOptions> options, TimeProvider clock, ILogger<BillRunProcessor> logger)
{
    /// <summary>Works the run if it has work waiting and nobody else is on it; false when there was nothing to do or another worker has it.</summary>
    public async Task<bool> ProcessAsync(Guid runId, string worker, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var run = await db.BillRuns.SingleOrDefaultAsync(r => r.Id == runId, ct) ?? throw DomainException.NotFound("Bill run");
        if (!run.NeedsWorker(clock.GetUtcNow(), options.Value.Worker.StaleAfter))
        {
            return false;
        }

        run.Claim(worker, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        try
        {
            if (run.Status == BillRunStatus.Calculating)
            {
                await new BillRunCalculation(scopes, db, run, options.Value, clock, logger).RunAsync(ct);
            }
            else if (run.Status == BillRunStatus.Posting)
            {
                await new BillRunPosting(db, run, options.Value, clock, logger).RunAsync(ct);
            }

            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker took the run over (ours looked dead to it); it carries on from the last committed set.
            LogLostClaim(logger, run.Id, worker);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, run.Id, worker);
            await RecordFailureAsync(runId, ex.Message, CancellationToken.None);
            throw;
        }
    }

    private async Task RecordFailureAsync(Guid runId, string error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var run = await db.BillRuns.SingleAsync(r => r.Id == runId, ct);
        run.Failed(error, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else is already on it.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bill run {RunId}: worker {Worker} lost its claim to another worker")]
    private static partial void LogLostClaim(ILogger logger, Guid runId, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bill run {RunId}: worker {Worker} failed; the run is released for a retry")]
    private static partial void LogFailed(ILogger logger, Exception ex, Guid runId, string worker);
}
