using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Reports;

public enum UsageDeviation
{
    High = 1,
    Low = 2,
}

/// <param name="Deviation">High or low only; both when null.</param>
public sealed record HighLowReportInput(ReportPeriods Periods, UsageDeviation? Deviation = null, int? Cycle = null);

/// <param name="PercentOfAverage">The bill's gallons as a percentage of the 12-month average, rounded to the whole percent as review rounds it.</param>
public sealed record HighLowRow(Guid BillId, string AccountNumber, string CustomerName, int Cycle, BillKind Kind, BillStatus Status, BillingPeriod Period,
    long Gallons, long AverageGallons, int PercentOfAverage, UsageDeviation Deviation, bool Estimated, Money CurrentCharges);

public sealed record HighLowPage(IReadOnlyList<HighLowRow> Rows, int Total, int Page, int PageSize, ReviewOptions Thresholds)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Bills whose water use is far from the account's 12-month average, by the same thresholds bill review uses
/// (<see cref="ReviewOptions"/>): high at <c>HighPercent</c>% of the average and at least <c>HighMinimumGallons</c>;
/// low at <c>LowPercent</c>% or less of an average of at least <c>LowMinimumAverageGallons</c>. Every bill with an
/// average counts, posted or still in review; cancelled bills are left out (their replacements count). The comparison
/// runs in the database; the export streams one query's rows as they arrive.
/// </summary>
public sealed class HighLowReport(UtilityDbContext db, IOptions<BillingOptions> options)
{
    public const int MaxPageSize = 500;

    public ReviewOptions Thresholds => options.Value.Review;

    public async Task<HighLowPage> PageAsync(Actor actor, HighLowReportInput input, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        var query = Query(actor, input);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var rows = await Ordered(query).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new HighLowPage(rows.Select(Row).ToList(), total, page, pageSize, Thresholds);
    }

    /// <summary>Checks the actor and the input before anything is written, then yields every row in order.</summary>
    public IAsyncEnumerable<HighLowRow> Export(Actor actor, HighLowReportInput input, CancellationToken ct = default)
    {
        var query = Query(actor, input);
        return Rows(query, ct);
    }

    private async IAsyncEnumerable<HighLowRow> Rows(IQueryable<Found> query, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var found in Ordered(query).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return Row(found);
        }
    }

    private IQueryable<Found> Query(Actor actor, HighLowReportInput input)
    {
        BillingAccess.RequireStaff(actor);
        if (input.Cycle is { } c && (c < 1 || c > Accounts.ServiceAccount.BillingCycles))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Billing cycles run from 1 to {Accounts.ServiceAccount.BillingCycles}.", "Cycle");
        }

        var review = Thresholds;
        long highPercent = review.HighPercent, highMinimum = review.HighMinimumGallons, lowPercent = review.LowPercent, lowAverage = review.LowMinimumAverageGallons;
        var (from, to) = (input.Periods.From, input.Periods.To);
        var bills = db.Bills.AsNoTracking().Where(b => b.Status != BillStatus.Cancelled && b.PeriodEnd >= from && b.PeriodEnd <= to
            && b.AverageGallons != null && b.AverageGallons > 0);
        var high = bills.Where(b => b.WaterGallons * 100 >= b.AverageGallons * highPercent && b.WaterGallons >= highMinimum);
        var low = bills.Where(b => !(b.WaterGallons * 100 >= b.AverageGallons * highPercent && b.WaterGallons >= highMinimum)
            && b.AverageGallons >= lowAverage && b.WaterGallons * 100 <= b.AverageGallons * lowPercent);
        var chosen = input.Deviation switch
        {
            UsageDeviation.High => high,
            UsageDeviation.Low => low,
            _ => bills.Where(b => (b.WaterGallons * 100 >= b.AverageGallons * highPercent && b.WaterGallons >= highMinimum)
                || (b.AverageGallons >= lowAverage && b.WaterGallons * 100 <= b.AverageGallons * lowPercent)),
        };
        var joined = chosen
            .Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id, (b, a) => new { b, a.Number, a.BillingCycle, a.CustomerId })
            .Join(db.Customers, x => x.CustomerId, c => c.Id, (x, c) => new Found
            {
                BillId = x.b.Id,
                Number = x.Number,
                Name = c.Name,
                Cycle = x.BillingCycle,
                Kind = x.b.Kind,
                Status = x.b.Status,
                PeriodStart = x.b.PeriodStart,
                PeriodEnd = x.b.PeriodEnd,
                Gallons = x.b.WaterGallons,
                AverageGallons = x.b.AverageGallons!.Value,
                Estimated = x.b.Estimated,
                CurrentCharges = x.b.CurrentCharges,
            });
        return input.Cycle is { } cycle ? joined.Where(f => f.Cycle == cycle) : joined;
    }

    private static IQueryable<Found> Ordered(IQueryable<Found> query) =>
        query.OrderBy(f => f.PeriodEnd).ThenBy(f => f.Number).ThenBy(f => f.BillId);

    private HighLowRow Row(Found f)
    {
        var review = Thresholds;
        var high = f.Gallons * 100 >= f.AverageGallons * review.HighPercent && f.Gallons >= review.HighMinimumGallons;
        var percent = (int)Math.Round(f.Gallons * 100m / f.AverageGallons, MidpointRounding.AwayFromZero);
        return new HighLowRow(f.BillId, f.Number.Value, f.Name, f.Cycle, f.Kind, f.Status, new BillingPeriod(f.PeriodStart, f.PeriodEnd), f.Gallons,
            f.AverageGallons, percent, high ? UsageDeviation.High : UsageDeviation.Low, f.Estimated, f.CurrentCharges);
    }

    /// <summary>A row as the database returns it; set by member initialisation so EF can still filter and sort on it.</summary>
    private sealed class Found
    {
        public Guid BillId { get; init; }

        public Accounts.AccountNumber Number { get; init; }

        public string Name { get; init; } = string.Empty;

        public int Cycle { get; init; }

        public BillKind Kind { get; init; }

        public BillStatus Status { get; init; }

        public DateOnly PeriodStart { get; init; }

        public DateOnly PeriodEnd { get; init; }

        public long Gallons { get; init; }

        public long AverageGallons { get; init; }

        public bool Estimated { get; init; }

        public Money CurrentCharges { get; init; }
    }
}
