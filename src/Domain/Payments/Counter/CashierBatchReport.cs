using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Counter;

/// <summary>One tender of a batch: what its payments add up to (cash with the float), what was counted, and the difference.</summary>
/// <param name="Counted">Null while the batch is open.</param>
public sealed record TenderLine(Tender Tender, int Payments, Money Expected, Money? Counted)
{
    /// <summary>Counted minus expected: negative is short, positive is over. Null while the batch is open.</summary>
    public Money? Variance => Counted is { } counted ? counted - Expected : null;
}

/// <summary>A batch with its totals by tender. Expected totals come from the batch's payments every time they are read.</summary>
public sealed record CashierBatchReport(
    Guid Id,
    string CashierId,
    string CashierName,
    DateOnly BusinessDay,
    CashierBatchStatus Status,
    Money OpeningFloat,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    IReadOnlyList<TenderLine> Tenders,
    IReadOnlyList<PaymentReceipt> Payments)
{
    public int PaymentCount => Tenders.Sum(t => t.Payments);

    /// <summary>The payments' total, without the float.</summary>
    public Money Taken => Tenders.Select(t => t.Expected).Sum() - OpeningFloat;

    public Money Expected => Tenders.Select(t => t.Expected).Sum();

    public Money? Counted => Status == CashierBatchStatus.Closed ? Tenders.Select(t => t.Counted ?? Money.Zero).Sum() : null;

    public Money? Variance => Counted is { } counted ? counted - Expected : null;

    /// <summary>
    /// Builds the tender lines: every counter tender, even one with no payments, so a count entered against nothing
    /// still shows as a variance.
    /// </summary>
    internal static IReadOnlyList<TenderLine> Lines(CashierBatch batch, IEnumerable<(Tender Tender, int Count, Money Total)> taken)
    {
        var byTender = taken.ToDictionary(t => t.Tender);
        var counted = batch.Counted;
        return CashierBatch.CounterTenders.Select(tender =>
        {
            var (_, count, total) = byTender.TryGetValue(tender, out var t) ? t : (tender, 0, Money.Zero);
            var expected = tender == Tender.Cash ? total + batch.OpeningFloat : total;
            return new TenderLine(tender, count, expected, counted?.Of(tender));
        }).ToList();
    }
}
