using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Counter;

public enum CashierBatchStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>What the cashier counted in the drawer at close, by tender. Cash includes the opening float.</summary>
public sealed record TenderCount(Money Cash, Money Checks, Money MoneyOrders, Money CardPresent)
{
    public static TenderCount Zero => new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    public Money Total => Cash + Checks + MoneyOrders + CardPresent;

    public Money Of(Tender tender) => tender switch
    {
        Tender.Cash => Cash,
        Tender.Check => Checks,
        Tender.MoneyOrder => MoneyOrders,
        Tender.CardPresent => CardPresent,
        _ => Money.Zero,
    };
}

/// <summary>
/// One cashier's drawer for one business day: opened with an optional float, takes counter payments, closed with the
/// counted totals. The batch stores only what the cashier said (float, counts); what it should hold is always added
/// up from its payments, so no running total can drift from them.
/// </summary>
public sealed class CashierBatch
{
    /// <summary>The tenders a counter takes, in the order the batch report lists them.</summary>
    public static readonly IReadOnlyList<Tender> CounterTenders = [Tender.Cash, Tender.Check, Tender.MoneyOrder, Tender.CardPresent];

    private CashierBatch()
    {
        CashierId = string.Empty;
        CashierName = string.Empty;
    }

    public CashierBatch(string cashierId, string cashierName, DateOnly businessDay, Money openingFloat, DateTimeOffset openedAt)
    {
        Money.Of(openingFloat.Amount);
        if (openingFloat.IsNegative)
        {
            throw new DomainException(ErrorCodes.Invalid, "The opening float cannot be negative.", "openingFloat");
        }

        Id = Guid.CreateVersion7();
        CashierId = cashierId;
        CashierName = cashierName;
        BusinessDay = businessDay;
        OpeningFloat = openingFloat;
        OpenedAt = openedAt;
        Status = CashierBatchStatus.Open;
    }

    public Guid Id { get; private set; }

    /// <summary>The user id of the cashier; only they take payments into the batch.</summary>
    public string CashierId { get; private set; }

    public string CashierName { get; private set; }

    public DateOnly BusinessDay { get; private set; }

    public Money OpeningFloat { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public CashierBatchStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>Zero until the batch is closed; <see cref="Counted"/> is null until then.</summary>
    public Money CountedCash { get; private set; }

    public Money CountedChecks { get; private set; }

    public Money CountedMoneyOrders { get; private set; }

    public Money CountedCardPresent { get; private set; }

    /// <summary>
    /// Bumped by every payment taken and by the close (a concurrency token): a payment racing the close fails
    /// instead of landing in a batch that was already counted.
    /// </summary>
    public int Revision { get; private set; }

    public TenderCount? Counted => Status == CashierBatchStatus.Closed
        ? new TenderCount(CountedCash, CountedChecks, CountedMoneyOrders, CountedCardPresent)
        : null;

    /// <summary>Checks that <paramref name="cashierId"/> may put a payment in this batch now, and marks the batch touched.</summary>
    public void AcceptPaymentFrom(string cashierId)
    {
        if (!string.Equals(CashierId, cashierId, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.Forbidden, "That batch belongs to another cashier; take payments into your own batch.", "batchId");
        }

        if (Status != CashierBatchStatus.Open)
        {
            throw new DomainException(ErrorCodes.Conflict, "That batch is closed and takes no more payments; open a new batch.", "batchId");
        }

        Revision++;
    }

    public void Close(TenderCount counted, string closedBy, DateTimeOffset at)
    {
        if (Status != CashierBatchStatus.Open)
        {
            throw new DomainException(ErrorCodes.Conflict, "That batch is already closed.");
        }

        RequireCount(counted.Cash, "countedCash");
        RequireCount(counted.Checks, "countedChecks");
        RequireCount(counted.MoneyOrders, "countedMoneyOrders");
        RequireCount(counted.CardPresent, "countedCardPresent");
        CountedCash = counted.Cash;
        CountedChecks = counted.Checks;
        CountedMoneyOrders = counted.MoneyOrders;
        CountedCardPresent = counted.CardPresent;
        Status = CashierBatchStatus.Closed;
        ClosedAt = at;
        ClosedBy = closedBy;
        Revision++;
    }

    public static bool IsCounterTender(Tender tender) => CounterTenders.Contains(tender);

    private static void RequireCount(Money amount, string field)
    {
        if (decimal.Round(amount.Amount, 2) != amount.Amount)
        {
            throw new DomainException(ErrorCodes.Invalid, "An amount cannot have more than two decimal places.", field);
        }

        if (amount.IsNegative)
        {
            throw new DomainException(ErrorCodes.Invalid, "A counted total cannot be negative.", field);
        }
    }
}
