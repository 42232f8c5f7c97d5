using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

public enum AdjustmentDirection
{
    /// <summary>Lowers what the customer owes.</summary>
    Credit = 1,

    /// <summary>Raises what the customer owes.</summary>
    Debit = 2,
}

public enum AdjustmentReason
{
    Leak = 1,
    BillingError = 2,
    MeterError = 3,
    FeeWaiver = 4,
    Courtesy = 5,
    Other = 6,
}

/// <summary>How the amount was found.</summary>
public enum AdjustmentBasis
{
    /// <summary>The maker entered the amount.</summary>
    Amount = 1,

    /// <summary>Calculated from the bill: the leak policy, or the bill priced again on corrected gallons.</summary>
    Recalculation = 2,
}

public enum AdjustmentStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Posted = 4,
}

/// <summary>Who makes a request, and their approval limit then (null: none applies).</summary>
public sealed record RequestMaker(string UserId, string Name, bool IsResident, Money? Limit);

/// <summary>
/// A request to credit or debit a service account, made by a specialist or (for a leak) by a resident, decided by a
/// second person within their approval limit (see docs/decisions/0013-adjustments.md), and posted to the ledger once
/// under <see cref="JournalKey"/>. Pending → Approved → Posted, or Pending → Rejected; nothing else.
/// </summary>
public sealed class AdjustmentRequest
{
    public const string OwnerKind = nameof(AdjustmentRequest);
    public const int NotesMaxLength = 1000;
    public const int ReasonMaxLength = 300;
    public const int NameMaxLength = 120;
    public const int CalculationMaxLength = 600;

    private AdjustmentRequest()
    {
        RequestedBy = string.Empty;
        RequestedByUserId = string.Empty;
    }

    internal AdjustmentRequest(Guid serviceAccountId, Guid? billId, AdjustmentDirection direction, AdjustmentReason reason, AdjustmentBasis basis,
        Money amount, long? correctedGallons, string? calculation, string? notes, RequestMaker maker, DateTimeOffset at)
    {
        if (!amount.IsPositive)
        {
            throw new DomainException(ErrorCodes.Invalid, "The amount must be more than zero.", "amount");
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        BillId = billId;
        Direction = direction;
        Reason = reason;
        Basis = basis;
        Amount = amount;
        CorrectedGallons = correctedGallons;
        Calculation = calculation;
        Notes = notes;
        ByResident = maker.IsResident;
        MakerLimit = maker.Limit?.Amount;
        RequestedByUserId = maker.UserId;
        RequestedBy = Clip(maker.Name, NameMaxLength);
        RequestedAt = at;
        Status = AdjustmentStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>The bill the request concerns (required for leak, billing error and meter error).</summary>
    public Guid? BillId { get; private set; }

    public AdjustmentDirection Direction { get; private set; }

    public AdjustmentReason Reason { get; private set; }

    public AdjustmentBasis Basis { get; private set; }

    /// <summary>Always positive; <see cref="Direction"/> gives the sign on the ledger.</summary>
    public Money Amount { get; private set; }

    /// <summary>A recalculation's corrected water gallons (billing or meter error).</summary>
    public long? CorrectedGallons { get; private set; }

    /// <summary>How a recalculated amount was found, in words a reviewer can check.</summary>
    public string? Calculation { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Asked for by a resident in the Portal rather than by staff.</summary>
    public bool ByResident { get; private set; }

    /// <summary>
    /// The maker's approval limit when they made the request (null: a Supervisor's, or a resident's request). Kept so
    /// that a later change of role or limits does not change who must approve.
    /// </summary>
    public decimal? MakerLimit { get; private set; }

    public string RequestedByUserId { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public AdjustmentStatus Status { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    /// <summary>The ledger idempotency key: a request posts once, however often approval is attempted.</summary>
    public string JournalKey => $"adjustment:{Id}";

    /// <summary>The effect on what the customer owes: negative for a credit.</summary>
    public Money SignedAmount => Direction == AdjustmentDirection.Credit ? -Amount : Amount;

    public void Approve(string userId, string name, DateTimeOffset at)
    {
        RequirePending("approved");
        Status = AdjustmentStatus.Approved;
        DecidedByUserId = userId;
        DecidedBy = Clip(name, NameMaxLength);
        DecidedAt = at;
    }

    public void Reject(string userId, string name, string reason, DateTimeOffset at)
    {
        RequirePending("rejected");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the request is rejected.", "reason");
        }

        Status = AdjustmentStatus.Rejected;
        DecidedByUserId = userId;
        DecidedBy = Clip(name, NameMaxLength);
        DecidedAt = at;
        RejectionReason = Clip(reason.Trim(), ReasonMaxLength);
    }

    /// <summary>The journal entry of an approved request; the request is marked posted with it.</summary>
    public JournalEntry Post(DateOnly effectiveOn, DateTimeOffset at, string postedBy)
    {
        if (Status != AdjustmentStatus.Approved)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only an approved request can be posted; this one is {Status}.");
        }

        var entry = JournalEntry.Adjustment(ServiceAccountId, SignedAmount, JournalKey, effectiveOn, at, postedBy, $"{Direction} adjustment: {Describe(Reason)}");
        Status = AdjustmentStatus.Posted;
        PostedAt = at;
        JournalEntryId = entry.Id;
        return entry;
    }

    public static string Describe(AdjustmentReason reason) => reason switch
    {
        AdjustmentReason.Leak => "leak",
        AdjustmentReason.BillingError => "billing error",
        AdjustmentReason.MeterError => "meter error",
        AdjustmentReason.FeeWaiver => "fee waiver",
        AdjustmentReason.Courtesy => "courtesy",
        _ => "other",
    };

    private void RequirePending(string what)
    {
        if (Status != AdjustmentStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending request can be {what}; this one is {Status}.");
        }
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
