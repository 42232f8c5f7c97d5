using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>What became of one event of a batch: its outcome, or the failure its delivery must answer with.</summary>
public sealed record GatewayEventResult(GatewayEventOutcome Outcome, Exception? Failure = null)
{
    public GatewayEventOutcome OutcomeOrThrow()
    {
        if (Failure is not null)
        {
            ExceptionDispatchInfo.Throw(Failure);
        }

        return Outcome;
    }
}

/// <summary>
/// Acts on gateway events, whichever gateway sent them: confirms (posts) a checkout's or an autopay charge's pending
/// payments, marks declines, records the gateway's reference, queues one receipt e-mail per posted payment, and hands
/// setup completions and refunds to their areas. Everything a batch writes is one transaction: a failure leaves nothing
/// behind and the gateway's retry starts clean.
/// <para>
/// Repeats and disorder are safe because each payment posts under its own journal key and only from Pending: a repeated
/// or late "succeeded" finds it Posted and does nothing, a "failed" after "succeeded" is ignored, a "succeeded" after
/// "failed" reopens and posts it. The table of processed event ids answers repeats quickly.
/// </para>
/// <para>
/// When another writer (a second node, a parallel delivery) wins a race, the batch's commit hits a unique key. The batch
/// is then undone and each event runs alone; an event that lost a race starts again and finds its work done, while any
/// other failure is that event's own and is returned to its delivery (the webhook answers 500).
/// </para>
/// </summary>
public sealed class GatewayEventBatch(UtilityDbContext db, PostPayment posting, TimeProvider clock, IServiceProvider services,
    ILogger<GatewayEventBatch> logger)
{
    /// <summary>Two events about one payment racing on two nodes: the loser starts again and finds it posted.</summary>
    private const int MaxAttempts = 5;

    /// <summary>The journal keys and event ids the current attempt wrote, to tell a lost race from a real failure.</summary>
    private readonly List<string> _journalKeys = [];

    public Task<IReadOnlyList<GatewayEventResult>> ProcessAsync(IReadOnlyList<GatewayEvent> events, CancellationToken ct = default) =>
        ProcessAsync(events, null, ct);

    /// <summary>
    /// With <paramref name="walSync"/>, SQLite commits without waiting for the disk, and the caller answers the events only
    /// from <see cref="SqliteWalSync.AfterSync"/>.
    /// </summary>
    internal async Task<IReadOnlyList<GatewayEventResult>> ProcessAsync(IReadOnlyList<GatewayEvent> events, SqliteWalSync? walSync, CancellationToken ct)
    {
        var relaxed = walSync is not null;
        if (events.Count > 1)
        {
            try
            {
                return [.. (await ApplyAsync(events, relaxed, ct)).Select(o => new GatewayEventResult(o))];
            }
            catch (DbUpdateException e)
            {
                logger.LogInformation(e, "A batch of {Count} gateway events met another writer; processing them one by one.", events.Count);
            }
        }

        var results = new List<GatewayEventResult>(events.Count);
        foreach (var gatewayEvent in events)
        {
            results.Add(await ProcessOneAsync(gatewayEvent, relaxed, ct));
        }

        return results;
    }

    private async Task<GatewayEventResult> ProcessOneAsync(GatewayEvent gatewayEvent, bool relaxed, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            try
            {
                return new GatewayEventResult((await ApplyAsync([gatewayEvent], relaxed, ct))[0]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
            }

            if (failure is not DbUpdateException || attempt == MaxAttempts || !await LostRaceAsync(gatewayEvent, ct))
            {
                return new GatewayEventResult(GatewayEventOutcome.Ignored, failure);
            }

            logger.LogInformation("Gateway event {EventId}: another writer got there first; starting again.", gatewayEvent.EventId);
        }
    }

    /// <summary>True when what the failed attempt wrote now exists: someone else recorded the event or posted its payment.</summary>
    private async Task<bool> LostRaceAsync(GatewayEvent e, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var keys = _journalKeys.ToList();
        return await db.GatewayEvents.AsNoTracking().AnyAsync(r => r.Gateway == e.Gateway && r.EventId == e.EventId, ct)
            || (keys.Count > 0 && await db.JournalEntries.AsNoTracking().AnyAsync(j => keys.Contains(j.IdempotencyKey), ct));
    }

    /// <param name="relaxed">Commit without waiting for the disk: the caller flushes before answering.</param>
    private async Task<GatewayEventOutcome[]> ApplyAsync(IReadOnlyList<GatewayEvent> events, bool relaxed, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        _journalKeys.Clear();
        using var turn = await SqliteWriterTurn.TakeAsync(db, ct);
        await using var relaxedCommits = relaxed ? await SqliteWalSync.RelaxAsync(db, ct) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var outcomes = new GatewayEventOutcome[events.Count];
            var fresh = await ClaimAsync(events, outcomes, ct);
            var found = await GatewayEventPayments.LoadAsync(db, fresh.Select(i => events[i]).ToList(), ct);
            var mail = new Mail([], []);
            foreach (var i in fresh)
            {
                outcomes[i] = await ApplyAsync(events[i], found, mail, ct);
            }

            await new GatewayReceipts(db, clock).QueueAsync(mail.Posted, mail.Failed, found, ct);
            await SqliteRowsAtOnce.SaveChangesAsync(db, ct);
            await transaction.CommitAsync(ct);
            return outcomes;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Records the new event ids, saved with the rest: an identical delivery committed first by another node makes this
    /// commit fail on the unique key, and the retry finds it recorded. Repeats (already recorded, or twice in this batch)
    /// are answered Duplicate, ignored ones Ignored; the rest are returned, in order.
    /// </summary>
    private async Task<List<int>> ClaimAsync(IReadOnlyList<GatewayEvent> events, GatewayEventOutcome[] outcomes, CancellationToken ct)
    {
        var recorded = new HashSet<(string Gateway, string EventId)>();
        foreach (var gateway in events.GroupBy(e => e.Gateway))
        {
            var ids = gateway.Select(e => e.EventId).Distinct().ToList();
            var known = await db.GatewayEvents.AsNoTracking().Where(r => r.Gateway == gateway.Key && ids.Contains(r.EventId)).Select(r => r.EventId).ToListAsync(ct);
            recorded.UnionWith(known.Select(id => (gateway.Key, id)));
        }

        var fresh = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is IgnoredEvent)
            {
                outcomes[i] = GatewayEventOutcome.Ignored;
            }
            else if (!recorded.Add((e.Gateway, e.EventId)))
            {
                outcomes[i] = GatewayEventOutcome.Duplicate;
            }
            else
            {
                db.GatewayEvents.Add(new GatewayEventRecord(e.Gateway, e.EventId, e.Type, clock.GetUtcNow()));
                fresh.Add(i);
            }
        }

        return fresh;
    }

    private async Task<GatewayEventOutcome> ApplyAsync(GatewayEvent e, GatewayEventPayments found, Mail mail, CancellationToken ct)
    {
        switch (e)
        {
            case CheckoutCompleted completed:
                var (checkout, payments) = Known(e, found.OfCheckout(e, completed.CheckoutId));
                return completed.Paid
                    ? Confirm(e, checkout, payments, completed.PaymentReference, mail.Posted)
                    : AttachReference(payments, completed.PaymentReference);
            case PaymentSucceeded succeeded:
                var ofSuccess = Known(e, found.Of(e));
                return Confirm(e, ofSuccess.Checkout, ofSuccess.Payments, succeeded.PaymentReference, mail.Posted);
            case PaymentFailed failed:
                var ofFailure = Known(e, found.Of(e));
                return Fail(ofFailure.Checkout, ofFailure.Payments, failed.PaymentReference, failed.Reason, mail.Failed);
            case CheckoutCancelled cancelled:
                var ofCancel = Known(e, found.OfCheckout(e, cancelled.CheckoutId));
                return Fail(ofCancel.Checkout, ofCancel.Payments, null, "Cancelled on the payment page.", null);
            case SetupCompleted setup when services.GetService<IAutopaySetupCompletion>() is { } completion:
                await completion.CompleteAsync(setup.SetupSessionId, setup.CustomerReference, setup.PaymentMethodReference, ct);
                return GatewayEventOutcome.Processed;
            case ChargeRefunded refunded when services.GetService<IGatewayRefundRecorder>() is { } recorder:
                foreach (var refund in refunded.Refunds)
                {
                    await recorder.RecordAsync(refunded.PaymentReference, refund.RefundReference, refund.Amount, ct);
                }

                return GatewayEventOutcome.Processed;
            default:
                logger.LogWarning("Gateway event {EventId} ({Type}) has no handler here; acknowledged.", e.EventId, e.Type);
                return GatewayEventOutcome.Ignored;
        }
    }

    private (CheckoutSession? Checkout, List<Payment> Payments) Known(GatewayEvent e, (CheckoutSession? Checkout, List<Payment> Payments) found)
    {
        if (found.Payments.Count == 0)
        {
            logger.LogWarning("Gateway event {EventId} ({Type}) names no checkout or payment that {Gateway} opened here; ignored.",
                e.EventId, e.Type, e.Gateway);
        }

        return found;
    }

    private GatewayEventOutcome Confirm(GatewayEvent e, CheckoutSession? checkout, List<Payment> payments, string? reference, List<Payment> posted)
    {
        foreach (var payment in payments)
        {
            if (payment.Status == PaymentStatus.Failed)
            {
                payment.ReopenForGatewaySuccess();
            }

            if (payment.Status != PaymentStatus.Pending)
            {
                continue;
            }

            if (reference is not null && payment.GatewayReference is null)
            {
                payment.AttachGatewayReference(reference);
            }

            checkout?.Complete(clock.GetUtcNow());
            posting.Stage(payment, $"gateway:{e.Gateway}", $"Payment, receipt {payment.ReceiptNumber}");
            _journalKeys.Add(payment.JournalKey);
            posted.Add(payment);
        }

        return payments.Count == 0 ? GatewayEventOutcome.Ignored : GatewayEventOutcome.Processed;
    }

    /// <summary>
    /// Pending payments fail; a posted one stays posted (a decline reported after the success changes nothing). A failure
    /// the customer cannot have seen is told to them (<paramref name="lateFailures"/>; null for a cancellation): an autopay
    /// charge, or a payment already on its way (the gateway had given it a reference, as when a bank debit was accepted).
    /// </summary>
    private static GatewayEventOutcome Fail(CheckoutSession? checkout, List<Payment> payments, string? reference, string reason, List<LateFailure>? lateFailures)
    {
        foreach (var payment in payments.Where(p => p.Status == PaymentStatus.Pending))
        {
            if (lateFailures is not null && (payment.Channel == PaymentChannel.Autopay || payment.GatewayReference is not null))
            {
                lateFailures.Add(new LateFailure(payment, reason));
            }

            if (reference is not null && payment.GatewayReference is null)
            {
                payment.AttachGatewayReference(reference);
            }

            payment.MarkFailed(reason);
        }

        if (lateFailures is null)
        {
            checkout?.Cancel();
        }
        else
        {
            checkout?.Fail(reason);
        }

        return payments.Count == 0 ? GatewayEventOutcome.Ignored : GatewayEventOutcome.Processed;
    }

    private static GatewayEventOutcome AttachReference(List<Payment> payments, string? reference)
    {
        foreach (var payment in payments.Where(p => reference is not null && p.GatewayReference is null))
        {
            payment.AttachGatewayReference(reference!);
        }

        return payments.Count == 0 ? GatewayEventOutcome.Ignored : GatewayEventOutcome.Processed;
    }

    /// <summary>What a batch will e-mail once it commits.</summary>
    private sealed record Mail(List<Payment> Posted, List<LateFailure> Failed);
}
