using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// Acts on one gateway event, whichever gateway sent it: confirms (posts) a checkout's or an autopay charge's pending
/// payments, marks declines, records the gateway's reference, queues one receipt e-mail per posted payment, and hands
/// setup completions and refunds to their areas. Everything one event writes is one transaction: a failure leaves
/// nothing behind and the gateway's retry starts clean.
/// <para>
/// Repeats and disorder are safe because each payment posts under its own journal key and only from Pending: a repeated
/// or late "succeeded" finds it Posted and does nothing, a "failed" after "succeeded" is ignored, a "succeeded" after
/// "failed" reopens and posts it. The table of processed event ids only answers repeats quickly.
/// </para>
/// </summary>
public sealed class ProcessGatewayEvent(UtilityDbContext db, PostPayment posting, TimeProvider clock, IServiceProvider services,
    ILogger<ProcessGatewayEvent> logger)
{
    /// <summary>Two events about one payment racing (completed and succeeded at once): the loser starts again and finds it posted.</summary>
    private const int MaxAttempts = 5;

    public async Task<GatewayEventOutcome> HandleAsync(GatewayEvent gatewayEvent, CancellationToken ct = default)
    {
        if (gatewayEvent is IgnoredEvent)
        {
            return GatewayEventOutcome.Ignored;
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await AlreadyProcessedAsync(gatewayEvent, ct))
            {
                return GatewayEventOutcome.Duplicate;
            }

            using var turn = await SqliteWriterTurn.TakeAsync(db, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await ClaimAsync(gatewayEvent, ct))
            {
                return GatewayEventOutcome.Duplicate;
            }

            try
            {
                var outcome = await ApplyAsync(gatewayEvent, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return outcome;
            }
            catch (PostedMeanwhileException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(ct);
                logger.LogInformation("Gateway event {EventId}: a payment was posted by another event meanwhile; starting again.", gatewayEvent.EventId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<bool> AlreadyProcessedAsync(GatewayEvent e, CancellationToken ct) =>
        db.GatewayEvents.AsNoTracking().AnyAsync(r => r.Gateway == e.Gateway && r.EventId == e.EventId, ct);

    /// <summary>
    /// Records the event id first: an identical delivery running at the same moment waits on its unique key and is then
    /// refused, instead of doing the same work twice.
    /// </summary>
    private async Task<bool> ClaimAsync(GatewayEvent e, CancellationToken ct)
    {
        var record = db.GatewayEvents.Add(new GatewayEventRecord(e.Gateway, e.EventId, e.Type, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            record.State = EntityState.Detached;
            if (await AlreadyProcessedAsync(e, ct))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<GatewayEventOutcome> ApplyAsync(GatewayEvent e, CancellationToken ct)
    {
        switch (e)
        {
            case CheckoutCompleted completed:
                return completed.Paid
                    ? await ConfirmAsync(e, await CheckoutPaymentsAsync(e, completed.CheckoutId, ct), completed.PaymentReference, ct)
                    : await AttachReferenceAsync(e, completed.CheckoutId, completed.PaymentReference, ct);
            case PaymentSucceeded succeeded:
                return await ConfirmAsync(e, await PaymentsOfAsync(e, succeeded.CheckoutId, succeeded.PaymentId, succeeded.PaymentReference, ct),
                    succeeded.PaymentReference, ct);
            case PaymentFailed failed:
                return Fail(await PaymentsOfAsync(e, failed.CheckoutId, failed.PaymentId, failed.PaymentReference, ct), failed.PaymentReference,
                    failed.Reason);
            case CheckoutCancelled cancelled:
                return Fail(await CheckoutPaymentsAsync(e, cancelled.CheckoutId, ct), null, "Cancelled on the payment page.", cancel: true);
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

    private async Task<GatewayEventOutcome> ConfirmAsync(GatewayEvent e, Found found, string? reference, CancellationToken ct)
    {
        if (found.Payments.Count == 0)
        {
            return GatewayEventOutcome.Ignored;
        }

        foreach (var payment in found.Payments)
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

            found.Checkout?.Complete(clock.GetUtcNow());
            await QueueReceiptAsync(payment, found.Checkout, ct);
            var outcome = await posting.PostAsync(payment, $"gateway:{e.Gateway}", $"Payment, receipt {payment.ReceiptNumber}", ct);
            if (outcome != PostingOutcome.Posted)
            {
                // It was pending when this transaction read it: another event posted it since. Start over and find it posted.
                throw new PostedMeanwhileException();
            }
        }

        return GatewayEventOutcome.Processed;
    }

    /// <summary>Pending payments fail; a posted one stays posted (a decline reported after the success changes nothing).</summary>
    private static GatewayEventOutcome Fail(Found found, string? reference, string reason, bool cancel = false)
    {
        foreach (var payment in found.Payments.Where(p => p.Status == PaymentStatus.Pending))
        {
            if (reference is not null && payment.GatewayReference is null)
            {
                payment.AttachGatewayReference(reference);
            }

            payment.MarkFailed(reason);
        }

        if (cancel)
        {
            found.Checkout?.Cancel();
        }
        else
        {
            found.Checkout?.Fail(reason);
        }

        return found.Payments.Count == 0 ? GatewayEventOutcome.Ignored : GatewayEventOutcome.Processed;
    }

    private async Task<GatewayEventOutcome> AttachReferenceAsync(GatewayEvent e, Guid checkoutId, string? reference, CancellationToken ct)
    {
        var found = await CheckoutPaymentsAsync(e, checkoutId, ct);
        foreach (var payment in found.Payments.Where(p => reference is not null && p.GatewayReference is null))
        {
            payment.AttachGatewayReference(reference!);
        }

        return found.Payments.Count == 0 ? GatewayEventOutcome.Ignored : GatewayEventOutcome.Processed;
    }

    /// <summary>A checkout's payments, if the checkout is ours and was opened with the gateway that reports on it.</summary>
    private async Task<Found> CheckoutPaymentsAsync(GatewayEvent e, Guid checkoutId, CancellationToken ct)
    {
        var checkout = await db.CheckoutSessions.SingleOrDefaultAsync(c => c.Id == checkoutId, ct);
        if (checkout is null || checkout.Gateway != e.Gateway)
        {
            logger.LogWarning("Gateway event {EventId} ({Type}) names checkout {CheckoutId}, which {Gateway} did not open here; ignored.",
                e.EventId, e.Type, checkoutId, e.Gateway);
            return Found.Nothing;
        }

        return new Found(checkout, await db.Payments.Where(p => p.CheckoutId == checkoutId).OrderBy(p => p.Id).ToListAsync(ct));
    }

    /// <summary>The payments an event is about: its checkout's, the one it names, or those carrying its reference.</summary>
    private async Task<Found> PaymentsOfAsync(GatewayEvent e, Guid? checkoutId, Guid? paymentId, string? reference, CancellationToken ct)
    {
        if (checkoutId is { } checkout)
        {
            return await CheckoutPaymentsAsync(e, checkout, ct);
        }

        var gatewayChannels = new[] { PaymentChannel.Portal, PaymentChannel.Autopay };
        var payments = paymentId is { } id
            ? db.Payments.Where(p => p.Id == id)
            : reference is not null ? db.Payments.Where(p => p.GatewayReference == reference) : db.Payments.Where(_ => false);
        return new Found(null, await payments.Where(p => gatewayChannels.Contains(p.Channel)).OrderBy(p => p.Id).ToListAsync(ct));
    }

    /// <summary>To the resident who checked out, or else the account's customer; nothing when there is no address.</summary>
    private async Task QueueReceiptAsync(Payment payment, CheckoutSession? checkout, CancellationToken ct)
    {
        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == payment.ServiceAccountId)
            .Select(a => new { a.Number, Email = a.Customer!.Email, a.Customer.PreferredLanguage })
            .SingleAsync(ct);
        var to = account.Email;
        var language = account.PreferredLanguage;
        if (checkout is not null
            && await db.Users.AsNoTracking().Where(u => u.Id == checkout.UserId).Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(ct)
                is { Email: { Length: > 0 } email } user)
        {
            to = email;
            language = user.PreferredLanguage;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            db.OutboxMessages.Add(PaymentReceiptEmail.For(payment, account.Number.Value, to, language, clock.GetUtcNow()));
        }
    }

    private sealed record Found(CheckoutSession? Checkout, List<Payment> Payments)
    {
        public static Found Nothing => new(null, []);
    }

    private sealed class PostedMeanwhileException : Exception;
}
