using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Refunds;

public enum RefundMethod
{
    /// <summary>Back to the card of a posted card payment, through the payment gateway.</summary>
    Card = 1,

    /// <summary>A check mailed to the payee by the check run.</summary>
    Check = 2,
}

public enum RefundStatus
{
    /// <summary>Sent to the gateway and not answered yet; it holds its amount against the credit balance.</summary>
    Pending = 1,

    /// <summary>On the ledger: the gateway accepted it, or the check request was made.</summary>
    Posted = 2,

    /// <summary>The gateway refused it; nothing reached the ledger.</summary>
    Declined = 3,
}

/// <summary>
/// Money paid back to a customer out of the account's credit balance. A refund reaches the ledger once, under
/// <see cref="JournalKey"/>; a card refund also carries the gateway's refund id, which is unique, so the gateway
/// reporting the same refund again records nothing new.
/// </summary>
public sealed class Refund
{
    public const int TextMaxLength = 300;

    private Refund()
    {
        RequestedBy = string.Empty;
        Reason = string.Empty;
    }

    private Refund(Guid serviceAccountId, Money amount, RefundMethod method, string reason, string requestedBy, DateTimeOffset at)
    {
        Payment.RequireValidAmount(amount);
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Amount = amount;
        Method = method;
        Reason = Clip(reason);
        RequestedBy = requestedBy;
        RequestedAt = at;
        Status = RefundStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Money Amount { get; private set; }

    public RefundMethod Method { get; private set; }

    public RefundStatus Status { get; private set; }

    /// <summary>The card payment refunded (card refunds only).</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>The gateway's refund id (card refunds only), once known.</summary>
    public string? GatewayReference { get; private set; }

    /// <summary>Who the check is made out to (check refunds only).</summary>
    public string? Payee { get; private set; }

    /// <summary>Where the check is mailed (check refunds only).</summary>
    public PostalAddress? MailingAddress { get; private set; }

    public string Reason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    public string? DeclineReason { get; private set; }

    public string JournalKey => $"refund:{Id}";

    public static Refund ToCard(Guid serviceAccountId, Guid paymentId, Money amount, string reason, string requestedBy, DateTimeOffset at) =>
        new(serviceAccountId, amount, RefundMethod.Card, reason, requestedBy, at) { PaymentId = paymentId };

    public static Refund ByCheck(Guid serviceAccountId, Money amount, string payee, PostalAddress mailingAddress, string reason, string requestedBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(payee) || payee.Trim().Length > 120)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter who the check is made out to (up to 120 characters).", "payee");
        }

        return new(serviceAccountId, amount, RefundMethod.Check, reason, requestedBy, at) { Payee = payee.Trim(), MailingAddress = mailingAddress };
    }

    /// <summary>A refund made outside this system (on the gateway's dashboard) that the gateway has reported.</summary>
    public static Refund Reported(Guid serviceAccountId, Guid paymentId, Money amount, string gatewayReference, string reportedBy, DateTimeOffset at)
    {
        var refund = ToCard(serviceAccountId, paymentId, amount, "Refunded on the payment gateway's dashboard", reportedBy, at);
        refund.AttachGatewayReference(gatewayReference);
        return refund;
    }

    public void AttachGatewayReference(string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > Payment.ReferenceMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "A gateway reference is 1 to 100 characters.", nameof(reference));
        }

        GatewayReference = reference;
    }

    /// <summary>
    /// The refund's journal entry, with the refund marked posted: the caller adds the entry and saves both in one
    /// transaction. Its key (<see cref="JournalKey"/>) is unique, so the refund reaches the ledger once.
    /// </summary>
    public JournalEntry Post(DateOnly effectiveOn, DateTimeOffset at, string postedBy)
    {
        if (Status != RefundStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending refund can be posted; this one is {Status}.");
        }

        var entry = JournalEntry.Refund(ServiceAccountId, Amount, JournalKey, effectiveOn, at, postedBy,
            Method == RefundMethod.Card ? $"Refund to card: {Reason}" : $"Refund by check to {Payee}: {Reason}");
        Status = RefundStatus.Posted;
        JournalEntryId = entry.Id;
        PostedAt = at;
        return entry;
    }

    public void MarkDeclined(string reason)
    {
        if (Status != RefundStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending refund can be declined; this one is {Status}.");
        }

        Status = RefundStatus.Declined;
        DeclineReason = Clip(reason);
    }

    private static string Clip(string value) => value.Length > TextMaxLength ? value[..TextMaxLength] : value;
}
