using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing;

public enum BillKind
{
    /// <summary>The monthly bill of a cycle run.</summary>
    Cycle = 1,

    /// <summary>The first bill of an account, prorated from the day service started.</summary>
    Initial = 2,

    /// <summary>The move-out bill, prorated to the day service stopped, with the deposit applied.</summary>
    Final = 3,

    /// <summary>A bill on demand outside the cycle.</summary>
    OffCycle = 4,

    /// <summary>The deposit required to open service.</summary>
    Deposit = 5,
}

public enum BillStatus
{
    /// <summary>Calculated, not yet approved; open review exceptions keep it here.</summary>
    Draft = 1,

    /// <summary>Kept out of its run by a specialist until the question is settled.</summary>
    Held = 2,

    Approved = 3,

    /// <summary>Charged to the ledger and issued to the customer. Never edited again; corrected by cancel-rebill.</summary>
    Posted = 4,

    /// <summary>A posted bill whose charge was reversed; a new bill replaces it.</summary>
    Cancelled = 5,
}

/// <summary>What the ledger says about an account just before a bill is posted, split the way the bill shows it.</summary>
/// <param name="BalanceBefore">The balance before this bill's charge.</param>
/// <param name="PaymentsSince">Payments since the account's last charge, its last bill (zero or negative).</param>
/// <param name="AdjustmentsSince">Every other entry since then: adjustments, fees, deposits applied, reversals.</param>
/// <param name="DepositHeld">The deposit the utility holds; a final bill applies it.</param>
public sealed record LedgerPosition(Money BalanceBefore, Money PaymentsSince, Money AdjustmentsSince, Money DepositHeld)
{
    public static LedgerPosition Empty { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);
}

/// <summary>The schedule version that prices a bill.</summary>
public readonly record struct ScheduleRef(string Code, int Version);

/// <summary>
/// A bill for one account and period: the facts and reads it was priced from, its lines, the balance carried in, and
/// the schedule version that priced it. It moves Draft → Approved → Posted (or Held, and back to Draft); a posted bill
/// is never edited, only cancelled and replaced (cancel-rebill).
/// </summary>
public sealed class Bill
{
    private readonly List<BillLine> _lines = [];
    private readonly List<BillRead> _reads = [];

    private Bill()
    {
        ScheduleCode = string.Empty;
        MeterSize = string.Empty;
        CreatedBy = string.Empty;
    }

    /// <summary>A new draft. <paramref name="service"/> is the part of the period the account had service (all of it on a cycle bill).</summary>
    public Bill(Guid serviceAccountId, BillKind kind, BillingPeriod period, BillingPeriod service, Guid? billRunId, BillingFacts facts,
        ScheduleRef schedule, PricedBill priced, IEnumerable<BillRead> reads, bool estimated, long? averageGallons, DateTimeOffset createdAt, string createdBy)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException(ErrorCodes.Invalid, "Unknown bill kind.", nameof(kind));
        }

        if (service.Start < period.Start || service.End > period.End || service.End < service.Start)
        {
            throw new DomainException(ErrorCodes.Invalid, "Service days must fall inside the bill period.", "serviceFrom");
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        MeterSize = facts.MeterSize;
        ScheduleCode = schedule.Code;
        Kind = kind;
        Status = BillStatus.Draft;
        BillRunId = billRunId;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        ServiceFrom = service.Start;
        ServiceTo = service.End;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        SetFacts(facts);
        foreach (var read in reads)
        {
            _reads.Add(read.For(Id));
        }

        Price(schedule, priced, facts, estimated, averageGallons);
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Guid? BillRunId { get; private set; }

    public BillKind Kind { get; private set; }

    public BillStatus Status { get; private set; }

    /// <summary>The billing period (the cycle's period for cycle, initial and final bills).</summary>
    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The days of the period the account had service: base and flat charges are prorated by them.</summary>
    public DateOnly ServiceFrom { get; private set; }

    public DateOnly ServiceTo { get; private set; }

    public int ServiceDays => ServiceTo.DayNumber - ServiceFrom.DayNumber + 1;

    public int PeriodDays => PeriodEnd.DayNumber - PeriodStart.DayNumber + 1;

    public BillingPeriod Period => new(PeriodStart, PeriodEnd);

    // The facts the bill was priced from, as they were: a later change to the premise does not rewrite an old bill.
    public PremiseClass CustomerClass { get; private set; }

    public string MeterSize { get; private set; }

    /// <summary>The sizes of the premise's other meters, comma-separated ("1,3/4"); null for one meter.</summary>
    public string? AdditionalMeterSizes { get; private set; }

    public bool InsideCity { get; private set; }

    public int DwellingUnits { get; private set; }

    public int ImperviousSqFt { get; private set; }

    public UtilityServices Services { get; private set; }

    public long WaterGallons { get; private set; }

    public long ReuseGallons { get; private set; }

    /// <summary>True when some consumption was estimated rather than read.</summary>
    public bool Estimated { get; private set; }

    /// <summary>The account's 12-month average use for a period of this length, when there is enough history.</summary>
    public long? AverageGallons { get; private set; }

    public string ScheduleCode { get; private set; }

    public int ScheduleVersion { get; private set; }

    public Money CurrentCharges { get; private set; }

    /// <summary>What was owed after the last bill (the account's last charge), before payments and other activity since.</summary>
    public Money PreviousBalance { get; private set; }

    /// <summary>Payments received since the last bill (zero or negative).</summary>
    public Money PaymentsSince { get; private set; }

    /// <summary>Other credits and debits since the last bill (adjustments, fees, reversals).</summary>
    public Money AdjustmentsSince { get; private set; }

    /// <summary>The deposit applied on a final bill (zero or negative).</summary>
    public Money DepositApplied { get; private set; }

    /// <summary>The balance after this bill: what the customer owes by <see cref="DueOn"/>.</summary>
    public Money TotalDue { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public string? PostedBy { get; private set; }

    public DateTimeOffset? PostedAt { get; private set; }

    public string? HoldReason { get; private set; }

    /// <summary>The cancelled bill this one replaces (cancel-rebill).</summary>
    public Guid? ReplacesBillId { get; private set; }

    public string? CancelledBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<BillLine> Lines => _lines;

    public IReadOnlyList<BillRead> Reads => _reads;

    /// <summary>The idempotency key of the bill's ledger charge: a bill posts once, however often it is asked to.</summary>
    public string LedgerKey => LedgerKeyOf(Id);

    public static string LedgerKeyOf(Guid billId) => $"bill:{billId:N}";

    /// <summary>The key of the deposit application a final bill posts beside its charge.</summary>
    public static string DepositKeyOf(Guid billId) => $"bill:{billId:N}:deposit";

    public static string ReversalKeyOf(Guid billId) => $"bill:{billId:N}:reversal";

    public static string DepositReversalKeyOf(Guid billId) => $"bill:{billId:N}:deposit:reversal";

    public BillingFacts Facts => new(CustomerClass, MeterSize, WaterGallons, ReuseGallons, InsideCity, DwellingUnits, ImperviousSqFt, Services,
        ServiceDays, PeriodDays, AdditionalMeterSizes?.Split(',') ?? null);

    /// <summary>Prices the draft again (an estimate, a corrected read): the lines are replaced. Only a draft or held bill changes.</summary>
    public void Reprice(BillingFacts facts, ScheduleRef schedule, PricedBill priced, bool estimated, IEnumerable<BillRead>? reads = null)
    {
        RequireStatus("reprice", BillStatus.Draft, BillStatus.Held);
        SetFacts(facts);
        if (reads is not null)
        {
            _reads.Clear();
            foreach (var read in reads)
            {
                _reads.Add(read.For(Id));
            }
        }

        Price(schedule, priced, facts, estimated, AverageGallons);
    }

    public void Hold(string reason)
    {
        RequireStatus("hold", BillStatus.Draft, BillStatus.Held);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the bill is held.", "note");
        }

        Status = BillStatus.Held;
        HoldReason = reason.Length > 300 ? reason[..300] : reason.Trim();
    }

    public void Release()
    {
        RequireStatus("release", BillStatus.Held);
        Status = BillStatus.Draft;
        HoldReason = null;
    }

    public void Approve(string approvedBy, DateTimeOffset at)
    {
        RequireStatus("approve", BillStatus.Draft);
        Status = BillStatus.Approved;
        ApprovedBy = approvedBy;
        ApprovedAt = at;
    }

    /// <summary>
    /// Marks the bill posted and issued with the balance it carries in, and returns the journal entries to post with it
    /// in the same transaction: the charge (none for a zero bill) and, on a final bill, the deposit applied.
    /// </summary>
    public IReadOnlyList<JournalEntry> Post(LedgerPosition ledger, DateOnly issuedOn, int daysToPay, DateTimeOffset now, string postedBy)
    {
        RequireStatus("post", BillStatus.Approved);
        var entries = new List<JournalEntry>(2);
        var description = Describe();
        if (CurrentCharges.IsPositive)
        {
            entries.Add(JournalEntry.Charge(ServiceAccountId, CurrentCharges, LedgerKey, issuedOn, now, postedBy, description));
        }
        else if (CurrentCharges.IsNegative)
        {
            entries.Add(JournalEntry.Adjustment(ServiceAccountId, CurrentCharges, LedgerKey, issuedOn, now, postedBy, description));
        }

        DepositApplied = Money.Zero;
        if (Kind == BillKind.Final && ledger.DepositHeld.IsPositive)
        {
            DepositApplied = -ledger.DepositHeld;
            entries.Add(JournalEntry.DepositApplication(ServiceAccountId, ledger.DepositHeld, DepositKeyOf(Id), issuedOn, now, postedBy,
                "Deposit applied to final bill"));
        }

        PaymentsSince = ledger.PaymentsSince;
        AdjustmentsSince = ledger.AdjustmentsSince;
        PreviousBalance = ledger.BalanceBefore - ledger.PaymentsSince - ledger.AdjustmentsSince;
        TotalDue = ledger.BalanceBefore + CurrentCharges + DepositApplied;
        IssuedOn = issuedOn;
        DueOn = issuedOn.AddDays(daysToPay);
        PostedAt = now;
        PostedBy = postedBy;
        Status = BillStatus.Posted;
        return entries;
    }

    public void Cancel(string cancelledBy, DateTimeOffset at, string reason)
    {
        RequireStatus("cancel", BillStatus.Posted);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the bill is cancelled.", "reason");
        }

        Status = BillStatus.Cancelled;
        CancelledBy = cancelledBy;
        CancelledAt = at;
        CancelReason = reason.Length > 300 ? reason[..300] : reason.Trim();
    }

    public void MarkReplacing(Guid cancelledBillId) => ReplacesBillId = cancelledBillId;

    public string Describe() => Kind switch
    {
        BillKind.Deposit => "Deposit bill",
        BillKind.Initial => $"Initial bill {ServiceFrom:yyyy-MM-dd} to {ServiceTo:yyyy-MM-dd}",
        BillKind.Final => $"Final bill {ServiceFrom:yyyy-MM-dd} to {ServiceTo:yyyy-MM-dd}",
        BillKind.OffCycle => $"Off-cycle bill {ServiceFrom:yyyy-MM-dd} to {ServiceTo:yyyy-MM-dd}",
        _ => $"Bill {PeriodStart:yyyy-MM-dd} to {PeriodEnd:yyyy-MM-dd}",
    };

    private void SetFacts(BillingFacts facts)
    {
        CustomerClass = facts.CustomerClass;
        MeterSize = facts.MeterSize;
        AdditionalMeterSizes = facts.AdditionalMeterSizes is { Count: > 0 } sizes ? string.Join(',', sizes) : null;
        InsideCity = facts.InsideCity;
        DwellingUnits = facts.DwellingUnits;
        ImperviousSqFt = facts.ImperviousSqFt;
        Services = facts.Services;
        WaterGallons = facts.WaterGallons;
        ReuseGallons = facts.ReuseGallons;
    }

    private void Price(ScheduleRef schedule, PricedBill priced, BillingFacts facts, bool estimated, long? averageGallons)
    {
        if (facts.ServiceDays != ServiceDays || facts.PeriodDays != PeriodDays)
        {
            throw new InvalidOperationException("The facts were priced for different service or period days than the bill's.");
        }

        ScheduleCode = schedule.Code;
        ScheduleVersion = schedule.Version;
        Estimated = estimated;
        AverageGallons = averageGallons;
        _lines.Clear();
        var sequence = 0;
        foreach (var line in priced.Lines)
        {
            _lines.Add(new BillLine(Id, ++sequence, line.Service, line.Description, line.Quantity, line.Rate, line.Amount));
        }

        CurrentCharges = priced.Total;
        TotalDue = CurrentCharges;
    }

    private void RequireStatus(string action, params BillStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(ErrorCodes.Conflict, $"A {Status.ToString().ToLowerInvariant()} bill cannot {action}.");
        }
    }
}
