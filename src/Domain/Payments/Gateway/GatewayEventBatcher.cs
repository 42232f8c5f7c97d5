using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Group commit for payment events. A burst of webhooks (Stripe sends many at once after an outage, and two per
/// checkout) would otherwise commit one by one, each waiting for the disk and, on SQLite, for the single writer. Events
/// that arrive while a batch is being written wait here and are written together by the next batch: one transaction,
/// one commit, a few queries for the lot. A lone event is a batch of one, so nothing waits when nothing else is going on.
/// Each delivery still gets its own event's outcome or failure. Nothing here outlives a batch or matters to another node:
/// every node batches its own deliveries, and the database's unique keys arbitrate between nodes.
/// </summary>
public sealed class GatewayEventBatcher(IServiceScopeFactory scopes, GatewayEventMetrics metrics)
{
    /// <summary>Enough to absorb any burst one node sees, small enough that one transaction stays short.</summary>
    private const int MaxBatch = 100;

    private readonly ConcurrentQueue<Waiting> _waiting = new();
    private int _writing;

    public Task<GatewayEventOutcome> SubmitAsync(GatewayEvent gatewayEvent, CancellationToken ct = default)
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

    /// <summary>One writer at a time: it writes batches until nothing waits, then steps down.</summary>
    private async Task WriteAsync()
    {
        do
        {
            while (Take() is { Count: > 0 } batch)
            {
                await WriteBatchAsync(batch);
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

    private async Task WriteBatchAsync(List<Waiting> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<GatewayEventBatch>()
                .ProcessAsync(batch.ConvertAll(w => w.Event), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Failure is { } failure)
                {
                    batch[i].Outcome.TrySetException(failure);
                }
                else
                {
                    batch[i].Outcome.TrySetResult(results[i].Outcome);
                }
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in batch)
            {
                waiting.Outcome.TrySetException(e);
            }
        }

        metrics.BatchWritten(batch.Count, Stopwatch.GetElapsedTime(started));
    }

    private sealed record Waiting(GatewayEvent Event, TaskCompletionSource<GatewayEventOutcome> Outcome);
}
