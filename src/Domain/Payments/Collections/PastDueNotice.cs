using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>
/// The record that a bill's past-due notice was written (its e-mail and text are in the outbox). The bill id is unique,
/// so a bill is noticed once whichever node or staff member runs the notices, however often.
/// </summary>
public sealed class PastDueNotice
{
    private PastDueNotice()
    {
        Channels = string.Empty;
    }

    public PastDueNotice(Guid billId, Guid serviceAccountId, DateOnly dueOn, Money amountPastDue, string channels, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        BillId = billId;
        ServiceAccountId = serviceAccountId;
        DueOn = dueOn;
        AmountPastDue = amountPastDue;
        Channels = channels;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid BillId { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Money AmountPastDue { get; private set; }

    /// <summary>"email,sms", "email", "sms" or "none" (no address on file: staff follow up by mail).</summary>
    public string Channels { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
