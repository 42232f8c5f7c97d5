using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing;

public enum BillKind
{
    Cycle = 1,
    Initial = 2,
    Final = 3,
    OffCycle = 4,
    Deposit = 5,
}

public enum BillStatus
{
    /// <summary>Calculated, not yet reviewed or approved.</summary>
    Draft = 1,

    /// <summary>Kept out of its run by a specialist until the question is settled.</summary>
    Held = 2,

    Approved = 3,

    /// <summary>Charged to the ledger and issued to the customer. Never edited again; corrected by cancel-rebill.</summary>
    Posted = 4,

    /// <summary>A posted bill whose charge was reversed; a new bill replaces it.</summary>
    Cancelled = 5,
}

/// <summary>One line of a bill: a service and tier, with quantity, rate and amount.</summary>
public sealed class BillLine
{
    private BillLine()
    {
        Description = string.Empty;
    }

    public BillLine(Guid billId, int sequence, UtilityServices service, string description, decimal? quantity, decimal? rate, Money amount)
    {
        BillId = billId;
        Sequence = sequence;
        Service = service;
        Description = description;
        Quantity = quantity;
        Rate = rate;
        Amount = amount;
    }

    public long Id { get; private set; }

    public Guid BillId { get; private set; }

    public int Sequence { get; private set; }

    public UtilityServices Service { get; private set; }

    public string Description { get; private set; }

    public decimal? Quantity { get; private set; }

    public decimal? Rate { get; private set; }

    public Money Amount { get; private set; }
}

/// <summary>
/// A bill for one account and period: the reads and consumption it is based on, its priced lines, the balance
/// carried in, and the schedule that priced it. It moves Draft → Approved → Posted (or Held), and a posted bill is
/// only ever cancelled and replaced.
/// </summary>
public sealed class Bill
{
    private readonly List<BillLine> _lines = [];

    private Bill()
    {
        ScheduleCode = string.Empty;
    }

    public Bill(Guid serviceAccountId, BillKind kind, DateOnly periodStart, DateOnly periodEnd, Guid? billRunId, string scheduleCode,
        MeterReading? reading, long reuseGallons, PricedBill priced)
    {
        if (periodEnd < periodStart)
        {
            throw new DomainException(ErrorCodes.Invalid, "A bill period cannot end before it starts.", nameof(periodEnd));
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Kind = kind;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        BillRunId = billRunId;
        ScheduleCode = scheduleCode;
        Reading = reading;
        ReuseGallons = reuseGallons;
        Status = BillStatus.Draft;
        var sequence = 0;
        foreach (var line in priced.Lines)
        {
            _lines.Add(new BillLine(Id, ++sequence, line.Service, line.Description, line.Quantity, line.Rate, line.Amount));
        }

        CurrentCharges = priced.Total;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Guid? BillRunId { get; private set; }

    public BillKind Kind { get; private set; }

    public BillStatus Status { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The reads the consumption comes from; none for a deposit bill.</summary>
    public MeterReading? Reading { get; private set; }

    public long ReuseGallons { get; private set; }

    public string ScheduleCode { get; private set; }

    public Money CurrentCharges { get; private set; }

    public Money PreviousBalance { get; private set; }

    public Money PaymentsSince { get; private set; }

    public Money TotalDue => PreviousBalance + PaymentsSince + CurrentCharges;

    public DateOnly? IssuedOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    /// <summary>The cancelled bill this one replaces (cancel-rebill).</summary>
    public Guid? ReplacesBillId { get; private set; }

    public string? HoldReason { get; private set; }

    public IReadOnlyList<BillLine> Lines => _lines;

    /// <summary>The idempotency key of the bill's ledger charge: a bill posts once, however often it is asked to.</summary>
    public string LedgerKey => $"bill:{Id:N}";

    public void Hold(string reason)
    {
        RequireStatus(BillStatus.Draft, BillStatus.Held);
        Status = BillStatus.Held;
        HoldReason = reason;
    }

    public void Release()
    {
        RequireStatus(BillStatus.Held);
        Status = BillStatus.Draft;
        HoldReason = null;
    }

    public void Approve()
    {
        RequireStatus(BillStatus.Draft);
        Status = BillStatus.Approved;
    }

    /// <summary>
    /// Marks the bill posted and issued, with the balance it carries in, and returns its ledger entry for the caller to
    /// post in the same transaction: a charge, a credit for a negative bill, or nothing for a zero bill.
    /// </summary>
    public JournalEntry? Post(Money previousBalance, Money paymentsSince, DateOnly issuedOn, int daysToPay, DateTimeOffset now, string postedBy)
    {
        RequireStatus(BillStatus.Approved);
        PreviousBalance = previousBalance;
        PaymentsSince = paymentsSince;
        IssuedOn = issuedOn;
        DueOn = issuedOn.AddDays(daysToPay);
        Status = BillStatus.Posted;
        var description = $"{Kind} bill {PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}";
        if (CurrentCharges.IsZero)
        {
            return null;
        }

        return CurrentCharges.IsPositive
            ? JournalEntry.Charge(ServiceAccountId, CurrentCharges, LedgerKey, issuedOn, now, postedBy, description)
            : JournalEntry.Adjustment(ServiceAccountId, CurrentCharges, LedgerKey, issuedOn, now, postedBy, description);
    }

    public void Cancel()
    {
        RequireStatus(BillStatus.Posted);
        Status = BillStatus.Cancelled;
    }

    public void MarkReplacing(Guid cancelledBillId) => ReplacesBillId = cancelledBillId;

    private void RequireStatus(params BillStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(ErrorCodes.Conflict, $"A {Status.ToString().ToLowerInvariant()} bill cannot do that.");
        }
    }
}

/// <summary>The two reads a bill's consumption is measured between.</summary>
public sealed record MeterReading(Guid MeterId, DateTimeOffset StartReadAt, long StartRegister, DateTimeOffset EndReadAt, long EndRegister, long Gallons, bool Estimated);
