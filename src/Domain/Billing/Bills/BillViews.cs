using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>A bill as lists show it.</summary>
public sealed record BillSummary(
    Guid Id,
    Guid ServiceAccountId,
    string AccountNumber,
    BillKind Kind,
    BillStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    long WaterGallons,
    long ReuseGallons,
    bool Estimated,
    long? AverageGallons,
    Money CurrentCharges,
    Money TotalDue,
    DateOnly? IssuedOn,
    DateOnly? DueOn,
    string ScheduleCode,
    int ScheduleVersion,
    int OpenExceptions,
    Guid? BillRunId);

public sealed record BillLineView(int Sequence, UtilityServices Service, string Description, decimal? Quantity, decimal? Rate, Money Amount);

public sealed record BillReadView(string MeterSerial, DateTimeOffset? OpeningAt, long? OpeningRegister, DateTimeOffset? ClosingAt, long? ClosingRegister,
    long Gallons, BillReadKind Kind);

public sealed record BillExceptionView(
    Guid Id,
    Guid BillId,
    Guid? BillRunId,
    string AccountNumber,
    BillExceptionKind Kind,
    string Reason,
    long Gallons,
    long? AverageGallons,
    int? PercentOfAverage,
    IReadOnlyList<UsagePoint> History,
    BillExceptionStatus Status,
    BillExceptionResolution? Resolution,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    string? Note,
    DateTimeOffset? NotifiedAt,
    Money CurrentCharges,
    BillStatus BillStatus);

/// <summary>A whole bill: what a printed bill shows, and for staff its review history.</summary>
public sealed record BillDetails(
    BillSummary Summary,
    PremiseClass CustomerClass,
    string MeterSize,
    string? AdditionalMeterSizes,
    bool InsideCity,
    int DwellingUnits,
    UtilityServices Services,
    Money PreviousBalance,
    Money PaymentsSince,
    Money AdjustmentsSince,
    Money DepositApplied,
    IReadOnlyList<BillLineView> Lines,
    IReadOnlyList<BillReadView> Reads,
    IReadOnlyList<BillExceptionView> Exceptions,
    string? HoldReason,
    Guid? ReplacesBillId,
    Guid? ReplacedByBillId,
    string? CancelReason,
    DateTimeOffset? CancelledAt);
