using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Counter;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Refunds;

/// <param name="PaymentId">Card: the posted card payment of the account to refund to.</param>
/// <param name="Payee">Check: who the check is made out to.</param>
/// <param name="MailingAddress">Check: where it is mailed.</param>
public sealed record RequestRefundInput(
    string AccountNumber,
    decimal Amount,
    RefundMethod Method,
    string? Reason,
    Guid? PaymentId = null,
    string? Payee = null,
    AddressInput? MailingAddress = null);

/// <summary>
/// Specialist II and above pay back part of an account's credit balance, never more: to the card of a posted card
/// payment through the payment gateway (never more than that payment has left), or by a check request for the check
/// run. The journal's Refund entry is posted once (key <c>refund:{id}</c>); a gateway decline posts nothing.
/// </summary>
public sealed class RequestRefund(UtilityDbContext db, AccountAccess access, IPaymentGateway gateway, TimeProvider clock)
{
    public async Task<RefundView> HandleAsync(Actor actor, RequestRefundInput input, CancellationToken ct = default)
    {
        if (!PaymentStaff.RefundRoles.Any(actor.IsInRole))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Refunds are made by a Specialist II or above.");
        }

        var amount = PaymentStaff.Amount(input.Amount);
        var reason = PaymentStaff.Reason(input.Reason);
        var accountId = await PaymentStaff.AccountAsync(access, actor, input.AccountNumber, "accountNumber", ct);

        // The credit check and the refund's insert happen under the account's lock, so two refunds cannot both pass it.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AccountCreditLock.TakeAsync(db, accountId, ct);
        var allowance = await RefundAllowance.OfAsync(db, accountId, ct);
        if (amount > allowance.Available)
        {
            throw new DomainException(ErrorCodes.Invalid,
                $"A refund cannot be more than the account's credit balance available to refund ({allowance.Available}).", "amount");
        }

        var now = clock.GetUtcNow();
        var refund = input.Method switch
        {
            RefundMethod.Card => Refund.ToCard(accountId, (await CardPaymentAsync(accountId, input.PaymentId, amount, ct)).Id, amount, reason, actor.Name, now),
            RefundMethod.Check => Refund.ByCheck(accountId, amount, input.Payee ?? string.Empty, Address(input.MailingAddress), reason, actor.Name, now),
            _ => throw new DomainException(ErrorCodes.Invalid, "Choose card or check.", "method"),
        };
        db.Refunds.Add(refund);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "RequestRefund", nameof(Refund), refund.Id, "Amount", null,
            $"{amount} by {refund.Method} from account {input.AccountNumber.Trim()}: {reason}"));
        if (refund.Method == RefundMethod.Check)
        {
            db.JournalEntries.Add(refund.Post(BillingTime.Today(clock), now, actor.Name));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return RefundView.Of(refund, await PaymentStaff.NumberOfAsync(db, accountId, ct));
        }

        // Saved before the gateway is called: the pending refund holds its amount, and the webhook can match it.
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == refund.PaymentId, ct);
        var outcome = await gateway.RefundAsync(payment.GatewayReference!, amount, refund.JournalKey, ct);
        await db.Entry(refund).ReloadAsync(ct);
        if (outcome is GatewayOutcome.Declined declined)
        {
            refund.MarkDeclined(declined.Reason);
            db.AuditEntries.Add(PaymentStaff.Audit(clock.GetUtcNow(), actor, "RefundDeclined", nameof(Refund), refund.Id, "Status", nameof(RefundStatus.Pending), declined.Reason));
            await db.SaveChangesAsync(ct);
        }
        else
        {
            // Accepted (or, for Stripe, accepted and still settling): the money is leaving the account.
            var reference = outcome is GatewayOutcome.Succeeded succeeded ? succeeded.Reference : ((GatewayOutcome.Processing)outcome).Reference;
            await GatewayRefundRecorder.PostOnceAsync(db, refund, reference, BillingTime.Today(clock), clock.GetUtcNow(), actor.Name, ct);
        }

        // What was stored, whoever posted it (this request or the webhook that outran it); a decline says why.
        return RefundView.Of(await db.Refunds.AsNoTracking().SingleAsync(r => r.Id == refund.Id, ct), await PaymentStaff.NumberOfAsync(db, accountId, ct));
    }

    private async Task<Payment> CardPaymentAsync(Guid accountId, Guid? paymentId, Money amount, CancellationToken ct)
    {
        var payment = paymentId is { } id ? await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.ServiceAccountId == accountId, ct) : null;
        if (payment is null || payment.Tender != Tender.Card || payment.Status != PaymentStatus.Posted || payment.GatewayReference is null)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a posted card payment of this account to refund to.", "paymentId");
        }

        var left = await RefundAllowance.UnrefundedAsync(db, payment, ct);
        return amount <= left
            ? payment
            : throw new DomainException(ErrorCodes.Invalid, $"That card payment has only {left} left to refund.", "amount");
    }

    private static PostalAddress Address(AddressInput? address) =>
        address is null
            ? throw new DomainException(ErrorCodes.Invalid, "Enter the address the check is mailed to.", "mailingAddress.Line1")
            : address.ToAddress("mailingAddress.");
}
