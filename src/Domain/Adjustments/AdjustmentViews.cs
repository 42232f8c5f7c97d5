using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>One request in a list or queue.</summary>
public sealed record AdjustmentRequestRow(
    Guid Id,
    string AccountNumber,
    AdjustmentDirection Direction,
    AdjustmentReason Reason,
    Money Amount,
    AdjustmentStatus Status,
    bool ByResident,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateOnly? BillPeriodEnd,
    string? RejectionReason);

/// <summary>One step of a request's history, from the audit trail.</summary>
public sealed record AdjustmentStep(DateTimeOffset At, string Actor, string Action, string? Before, string? After);

/// <summary>A request in full, with what the reader may do with it.</summary>
/// <param name="ApprovalRefusal">Why the reader may not approve it (null: they may, while it is pending).</param>
public sealed record AdjustmentRequestDetails(
    AdjustmentRequestRow Summary,
    AdjustmentBasis Basis,
    Guid? BillId,
    DateOnly? BillPeriodStart,
    long? CorrectedGallons,
    string? Calculation,
    string? Notes,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? PostedAt,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<AdjustmentStep> History,
    string? ApprovalRefusal)
{
    public bool CanDecide => Summary.Status == AdjustmentStatus.Pending && ApprovalRefusal is null;
}

/// <summary>A posted bill an adjustment can concern.</summary>
public sealed record AdjustableBill(Guid Id, DateOnly PeriodStart, DateOnly PeriodEnd, long WaterGallons, long? AverageGallons, Money CurrentCharges);
