using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Group commit for payment events. A burst of webhooks (Stripe sends many at once after an outage, and two per
/// checkout) would otherwise commit one by one, each waiting for the disk and, on SQLite, for the single writer. Events
/// that arrive while a batch is being written wait here and are written together by the next batch: one transaction,
/// one commit, a few queries for the lot. A lone event is a batch of one, so nothing waits when nothing else is going on.
/// Each delivery still gets its own event's outcome or failure. Nothing here outlives a batch or matters to another node:
/// every node batches its own deliveries, and the database's unique keys arbitrate between nodes.
/// <para>
/// On PostgreSQL and SQL Server several batches are written at once, in lanes: the server runs them side by side, and
/// one batch's commit no longer holds up the next. Events about the same checkout or payment always take the same lane,
/// so the two confirmations Stripe sends for a checkout never race each other into the slow path. SQLite has one writer
/// whatever we do, so it has one lane.
/// </para>
/// </summary>
public sealed class GatewayEventBatcher
{
    /// <summary>Enough to absorb any burst one node sees, small enough that one transaction stays short.</summary>
    private const int MaxBatch = 100;

    /// <summary>
    /// Batches written at once on a database server: one commits while the next is written. More lanes made smaller
    /// batches and were no faster on the 2-core benchmark machine, where the server shares the cores.
    /// </summary>
    private const int ServerLanes = 2;

    private readonly IServiceScopeFactory _scopes;
    private readonly GatewayEventMetrics _metrics;
    private readonly Lane[] _lanes;

    /// <summary>On a SQLite file: the flush that answers a batch once it is on the disk, while the next is written.</summary>
    private readonly SqliteWalSync? _walSync;

    public GatewayEventBatcher(IServiceScopeFactory scopes, GatewayEventMetrics metrics)
    {
        _scopes = scopes;
        _metrics = metrics;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var lanes = db.Database.IsSqlite() ? 1 : ServerLanes;
        _walSync = SqliteWalSync.For(db);
        _lanes = [.. Enumerable.Range(0, lanes).Select(_ => new Lane(this))];
    }

    public Task<GatewayEventOutcome> SubmitAsync(GatewayEvent gatewayEvent, CancellationToken ct = default)
    {
        var subject = GatewayEventPayments.SubjectOf(gatewayEvent);
        var lane = _lanes[(int)((uint)(subject?.GetHashCode() ?? 0) % (uint)_lanes.Length)];
        return lane.SubmitAsync(gatewayEvent, ct);
    }

    private async Task WriteBatchAsync(List<Waiting> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<GatewayEventBatch>()
                .ProcessAsync(batch.ConvertAll(w => w.Event), _walSync, CancellationToken.None);
            if (_walSync is null)
            {
                Answer(batch, results, null);
            }
            else
            {
                _walSync.AfterSync(flushFailure => Answer(batch, results, flushFailure));
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in batch)
            {
                waiting.Outcome.TrySetException(e);
            }
        }

        _metrics.BatchWritten(batch.Count, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Each delivery gets its event's outcome or failure; if the disk did not take the batch, every one fails.</summary>
    private static void Answer(List<Waiting> batch, IReadOnlyList<GatewayEventResult> results, Exception? flushFailure)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if ((flushFailure ?? results[i].Failure) is { } failure)
            {
                batch[i].Outcome.TrySetException(failure);
            }
            else
            {
                batch[i].Outcome.TrySetResult(results[i].Outcome);
            }
        }
    }

    /// <summary>One queue and at most one batch being written from it at a time.</summary>
    private sealed class Lane(GatewayEventBatcher batcher)
    {
        private readonly ConcurrentQueue<Waiting> _waiting = new();
        private int _writing;

        public Task<GatewayEventOutcome> SubmitAsync(GatewayEvent gatewayEvent, CancellationToken ct)
        {
            var waiting = new Waiting(gatewayEvent, new TaskCompletionSource<GatewayEventOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiting.Enqueue(waiting);
            if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
            {
                _ = Task.Run(WriteAsync, CancellationToken.None);
            }

            // A delivery that gives up stops waiting; its event is still written (or not) with its batch, and the retry finds it.
            return waiting.Outcome.Task.WaitAsync(ct);
        }

        /// <summary>One writer per lane: it writes batches until nothing waits, then steps down.</summary>
        private async Task WriteAsync()
        {
            do
            {
                while (Take() is { Count: > 0 } batch)
                {
                    await batcher.WriteBatchAsync(batch);
                }

                Volatile.Write(ref _writing, 0);
            }
            while (!_waiting.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0);
        }

        private List<Waiting> Take()
        {
            var batch = new List<Waiting>();
            while (batch.Count < MaxBatch && _waiting.TryDequeue(out var waiting))
            {
                batch.Add(waiting);
            }

            return batch;
        }
    }

    private sealed record Waiting(GatewayEvent Event, TaskCompletionSource<GatewayEventOutcome> Outcome);
}
