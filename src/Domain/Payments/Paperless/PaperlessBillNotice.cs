namespace UtilityPortal.Domain.Payments.Paperless;

/// <summary>
/// A posted bill of a paperless account whose e-mail notice has been queued (or could not be: no address on file).
/// Unique by bill, so each bill is announced once whatever node or retry gets there.
/// </summary>
public sealed class PaperlessBillNotice
{
    private PaperlessBillNotice()
    {
    }

    public PaperlessBillNotice(Guid billId, Guid serviceAccountId, Guid? outboxMessageId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        BillId = billId;
        ServiceAccountId = serviceAccountId;
        OutboxMessageId = outboxMessageId;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid BillId { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>The queued e-mail; null when the customer had no e-mail address (staff follow up; the bill is not mailed twice).</summary>
    public Guid? OutboxMessageId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
