namespace UtilityPortal.Domain.Billing;

public enum ReReadStatus
{
    Pending = 1,
    Completed = 2,
    Cancelled = 3,
}

/// <summary>
/// A request to read a meter again because its bill looked wrong. It stands in for the meter work order (the Meters
/// area's work orders come later): the held bill is recalculated once the new read is in.
/// </summary>
public sealed class ReReadRequest
{
    private ReReadRequest()
    {
        Reason = string.Empty;
        RequestedBy = string.Empty;
    }

    public ReReadRequest(Guid serviceAccountId, Guid? meterId, Guid billId, Guid billExceptionId, string reason, string requestedBy, DateTimeOffset requestedAt)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        MeterId = meterId;
        BillId = billId;
        BillExceptionId = billExceptionId;
        Reason = reason.Length > BillExceptionItem.ReasonMaxLength ? reason[..BillExceptionItem.ReasonMaxLength] : reason;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        Status = ReReadStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>The meter to read; null when the premise has several and the reader checks them all.</summary>
    public Guid? MeterId { get; private set; }

    public Guid BillId { get; private set; }

    public Guid BillExceptionId { get; private set; }

    public string Reason { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ReReadStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public void Complete(DateTimeOffset at) => Close(ReReadStatus.Completed, at);

    public void Cancel(DateTimeOffset at) => Close(ReReadStatus.Cancelled, at);

    private void Close(ReReadStatus status, DateTimeOffset at)
    {
        if (Status != ReReadStatus.Pending)
        {
            return;
        }

        Status = status;
        ClosedAt = at;
    }
}
