using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Autopay;

public enum AutopayChargeStatus
{
    /// <summary>Claimed by a worker, which is asking the gateway for the money.</summary>
    Charging = 1,

    /// <summary>The gateway took the money; the payment is posted.</summary>
    Succeeded = 2,

    /// <summary>Accepted but not final (a bank debit): the payment stays pending until the gateway's webhook settles it.</summary>
    Processing = 3,

    /// <summary>The gateway refused it: the payment failed, the resident was told and staff see it on the failures list.</summary>
    Declined = 4,

    /// <summary>Nothing was owed by the due date (paid already, or a credit): no charge was made.</summary>
    NothingOwed = 5,
}

/// <summary>
/// Autopay's claim on one bill. Its unique <see cref="BillId"/> is the claim itself: the worker that inserts the row
/// charges the bill, and any other node's insert is refused, so a bill is charged at most once. A worker that dies
/// mid-charge leaves the row <see cref="AutopayChargeStatus.Charging"/> until <see cref="ClaimedUntil"/>; another
/// takes it over and asks the gateway again under the same idempotency key (<see cref="IdempotencyKey"/>), which
/// answers with the first charge instead of making a second.
/// </summary>
public sealed class AutopayCharge
{
    private AutopayCharge()
    {
        ClaimedBy = string.Empty;
    }

    private AutopayCharge(Guid billId, Guid enrollmentId, Guid serviceAccountId, Money amount, DateOnly dueOn, Guid? paymentId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        BillId = billId;
        EnrollmentId = enrollmentId;
        ServiceAccountId = serviceAccountId;
        Amount = amount;
        DueOn = dueOn;
        PaymentId = paymentId;
        CreatedAt = at;
        ClaimedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BillId { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>The payment this charge made (pending, posted or failed); none when nothing was owed.</summary>
    public Guid? PaymentId { get; private set; }

    public Money Amount { get; private set; }

    public DateOnly DueOn { get; private set; }

    public AutopayChargeStatus Status { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>How many times a worker has asked the gateway (more than one only after a takeover).</summary>
    public int Attempts { get; private set; }

    /// <summary>Identifies the current claim; a concurrency token, so a worker whose claim lapsed and was taken over writes nothing.</summary>
    public Guid ClaimToken { get; private set; }

    public string ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The gateway's idempotency key: one per bill, whichever node and attempt asks.</summary>
    public string IdempotencyKey => KeyFor(BillId);

    public static string KeyFor(Guid billId) => $"autopay:{billId}";

    /// <summary>A claim on a bill that owes <paramref name="amount"/>, charged through <paramref name="paymentId"/>.</summary>
    public static AutopayCharge Claim(Guid billId, Guid enrollmentId, Guid serviceAccountId, Money amount, DateOnly dueOn, Guid paymentId,
        string node, DateTimeOffset at, TimeSpan timeout)
    {
        var charge = new AutopayCharge(billId, enrollmentId, serviceAccountId, amount, dueOn, paymentId, at) { Status = AutopayChargeStatus.Charging };
        charge.TakeClaim(Guid.NewGuid(), node, at + timeout);
        return charge;
    }

    /// <summary>A bill that owed nothing on its due date: recorded so it is looked at once.</summary>
    public static AutopayCharge NothingToCharge(Guid billId, Guid enrollmentId, Guid serviceAccountId, DateOnly dueOn, DateTimeOffset at) =>
        new(billId, enrollmentId, serviceAccountId, Money.Zero, dueOn, null, at) { Status = AutopayChargeStatus.NothingOwed, CompletedAt = at };

    public void Succeed(DateTimeOffset at) => Finish(AutopayChargeStatus.Succeeded, null, at);

    public void MarkProcessing(DateTimeOffset at) => Finish(AutopayChargeStatus.Processing, null, at);

    public void Decline(string reason, DateTimeOffset at) => Finish(AutopayChargeStatus.Declined, reason.Length > 300 ? reason[..300] : reason, at);

    private void TakeClaim(Guid token, string node, DateTimeOffset until)
    {
        ClaimToken = token;
        ClaimedBy = node.Length > 100 ? node[..100] : node;
        ClaimedUntil = until;
        Attempts++;
    }

    private void Finish(AutopayChargeStatus status, string? reason, DateTimeOffset at)
    {
        if (Status != AutopayChargeStatus.Charging)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a charge in progress can finish; this one is {Status}.");
        }

        Status = status;
        FailureReason = reason;
        CompletedAt = at;
        ClaimedUntil = null;
    }
}
