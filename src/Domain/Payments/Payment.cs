using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments;

/// <summary>How the customer paid.</summary>
public enum Tender
{
    Card = 1,
    BankAccount = 2,
    Cash = 3,
    Check = 4,
    MoneyOrder = 5,
    CardPresent = 6,
}

/// <summary>Where the payment came in.</summary>
public enum PaymentChannel
{
    Portal = 1,
    Counter = 2,
    Lockbox = 3,
    Autopay = 4,
}

public enum PaymentStatus
{
    /// <summary>Started (a checkout, an autopay charge) and waiting for the gateway to confirm; not yet on the ledger.</summary>
    Pending = 1,
    Posted = 2,
    /// <summary>The gateway declined or the customer abandoned it; never reached the ledger.</summary>
    Failed = 3,
    /// <summary>Posted, then taken back off the ledger by a reversal (a returned check, a misapplied payment moved).</summary>
    Reversed = 4,
}

/// <summary>
/// One payment to one service account. The ledger holds the money; this row holds how it came in (tender, channel,
/// receipt number, the gateway's reference) and where it stands. A payment reaches the ledger once, under the
/// journal key <see cref="JournalKey"/>, whatever retries or duplicate webhooks happen.
/// </summary>
public sealed class Payment
{
    public const int ReferenceMaxLength = 100;

    private Payment()
    {
        ReceiptNumber = string.Empty;
        ReceivedBy = string.Empty;
    }

    private Payment(Guid serviceAccountId, Money amount, Tender tender, PaymentChannel channel, DateTimeOffset receivedAt, string receivedBy, string? reference)
    {
        RequireValidAmount(amount);
        if (reference is { Length: > ReferenceMaxLength })
        {
            throw new DomainException(ErrorCodes.Invalid, $"A payment reference is at most {ReferenceMaxLength} characters.", "reference");
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Amount = amount;
        Tender = tender;
        Channel = channel;
        Status = PaymentStatus.Pending;
        ReceivedAt = receivedAt;
        ReceivedBy = receivedBy;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        ReceiptNumber = NewReceiptNumber(Id, receivedAt);
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Money Amount { get; private set; }

    public Tender Tender { get; private set; }

    public PaymentChannel Channel { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>What the customer is given: unique, short enough to read over the phone.</summary>
    public string ReceiptNumber { get; private set; }

    /// <summary>Check or money order number, card last four, the bank's lockbox line reference.</summary>
    public string? Reference { get; private set; }

    /// <summary>The gateway's id for the money (Stripe payment intent), when a gateway took it.</summary>
    public string? GatewayReference { get; private set; }

    /// <summary>The checkout this payment was part of (one checkout may pay several linked accounts).</summary>
    public Guid? CheckoutId { get; private set; }

    /// <summary>The cashier batch a counter payment was taken in.</summary>
    public Guid? CashierBatchId { get; private set; }

    /// <summary>The lockbox file a mailed-in payment came from.</summary>
    public Guid? LockboxBatchId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The user id or system name that took the payment.</summary>
    public string ReceivedBy { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    public string? ReversalReason { get; private set; }

    /// <summary>The idempotency key of this payment's journal entry.</summary>
    public string JournalKey => $"payment:{Id}";

    /// <summary>A payment started through a gateway (portal checkout, autopay): pending until the gateway confirms.</summary>
    public static Payment Started(Guid serviceAccountId, Money amount, Tender tender, PaymentChannel channel, Guid? checkoutId,
        DateTimeOffset at, string receivedBy) =>
        new(serviceAccountId, amount, tender, channel, at, receivedBy, null) { CheckoutId = checkoutId };

    /// <summary>A payment taken in hand (counter, lockbox): posted straight away by <see cref="PostPayment"/>.</summary>
    public static Payment Received(Guid serviceAccountId, Money amount, Tender tender, PaymentChannel channel, DateTimeOffset at,
        string receivedBy, string? reference, Guid? cashierBatchId = null, Guid? lockboxBatchId = null) =>
        new(serviceAccountId, amount, tender, channel, at, receivedBy, reference)
        {
            CashierBatchId = cashierBatchId,
            LockboxBatchId = lockboxBatchId,
        };

    /// <summary>Records the gateway's id for the money as soon as it is known (before or at confirmation).</summary>
    public void AttachGatewayReference(string gatewayReference)
    {
        if (string.IsNullOrWhiteSpace(gatewayReference) || gatewayReference.Length > ReferenceMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "A gateway reference is 1 to 100 characters.", nameof(gatewayReference));
        }

        GatewayReference = gatewayReference;
    }

    /// <summary>The journal entry this payment posts. <see cref="PostPayment"/> adds it and marks the payment in one transaction.</summary>
    public JournalEntry ToJournalEntry(string postedBy, string description) =>
        JournalEntry.Payment(ServiceAccountId, Amount, JournalKey, DateOnly.FromDateTime(ReceivedAt.UtcDateTime), ReceivedAt, postedBy, description);

    internal void MarkPosted(Guid journalEntryId, DateTimeOffset at)
    {
        if (Status != PaymentStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending payment can be posted; this one is {Status}.");
        }

        Status = PaymentStatus.Posted;
        JournalEntryId = journalEntryId;
        PostedAt = at;
        FailureReason = null;
    }

    /// <summary>The gateway declined it or the customer gave up. A posted payment cannot fail; it is reversed instead.</summary>
    public void MarkFailed(string reason)
    {
        if (Status == PaymentStatus.Failed)
        {
            return;
        }

        if (Status != PaymentStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending payment can fail; this one is {Status}.");
        }

        Status = PaymentStatus.Failed;
        FailureReason = Clip(reason);
    }

    /// <summary>
    /// The gateway confirmed a payment it had reported declined: the customer tried another card on the same hosted
    /// page, or the events arrived out of order. It is pending again, so it posts.
    /// </summary>
    public void ReopenForGatewaySuccess()
    {
        if (Status != PaymentStatus.Failed || Channel is not (PaymentChannel.Portal or PaymentChannel.Autopay))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a failed gateway payment can be reopened; this one is {Status}.");
        }

        Status = PaymentStatus.Pending;
        FailureReason = null;
    }

    /// <summary>Called with the reversal of this payment's journal entry, in the same transaction.</summary>
    public void MarkReversed(string reason, DateTimeOffset at)
    {
        if (Status != PaymentStatus.Posted)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a posted payment can be reversed; this one is {Status}.");
        }

        Status = PaymentStatus.Reversed;
        ReversalReason = Clip(reason);
        ReversedAt = at;
    }

    /// <summary>The rule every payment amount meets: more than zero, whole cents.</summary>
    public static void RequireValidAmount(Money amount)
    {
        Money.Of(amount.Amount);
        if (!amount.IsPositive)
        {
            throw new DomainException(ErrorCodes.Invalid, "A payment must be more than zero.", "amount");
        }
    }

    private const string ReceiptAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // R + received date + 50 random bits of the id in Crockford base 32 (no I, L, O, U to misread aloud): even a
    // lockbox file of 100,000 payments on one day is unlikely to draw the same number twice, and the unique index
    // catches the rare one that does.
    private static string NewReceiptNumber(Guid id, DateTimeOffset at)
    {
        var bytes = id.ToByteArray(bigEndian: true);
        var random = BitConverter.ToUInt64([.. bytes[8..]]) >> 14;
        Span<char> code = stackalloc char[11];
        for (var i = 10; i >= 0; i--)
        {
            if (i == 5)
            {
                code[i] = '-';
                continue;
            }

            code[i] = ReceiptAlphabet[(int)(random & 31)];
            random >>= 5;
        }

        return $"R{at.UtcDateTime:yyMMdd}-{code}";
    }

    private static string Clip(string value) => value.Length > 300 ? value[..300] : value;
}
