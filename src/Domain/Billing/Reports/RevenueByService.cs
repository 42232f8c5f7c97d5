using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Reports;

/// <summary>One service's billed revenue; <paramref name="Bills"/> counts the posted bills that charge it.</summary>
/// <param name="Billed">Every issued bill's lines for the service: posted bills and those later cancelled.</param>
/// <param name="Cancelled">The cancelled bills' lines, as the negative their reversals posted.</param>
/// <param name="Net">Billed plus cancelled: what stands charged.</param>
public sealed record RevenueRow(UtilityServices Service, int Bills, Money Billed, Money Cancelled, Money Net);

public sealed record RevenueReport(ReportPeriods Periods, IReadOnlyList<RevenueRow> Rows)
{
    public Money Billed => new(Rows.Sum(r => r.Billed.Amount));

    public Money Cancelled => new(Rows.Sum(r => r.Cancelled.Amount));

    public Money Net => new(Rows.Sum(r => r.Net.Amount));
}

/// <summary>
/// Revenue by service for the bills whose periods end in a range of months: the amounts of the lines of issued bills
/// (posted, or posted and then cancelled), net of the cancellations, by service. A cancelled bill's charge was
/// reversed, so it counts once as billed and once, negatively, as cancelled; its replacement counts when it is
/// posted. Deposit bills are not revenue (the utility holds the deposit) and are left out. The database sums the lines.
/// </summary>
public sealed class RevenueByService(UtilityDbContext db)
{
    public async Task<RevenueReport> HandleAsync(Actor actor, ReportPeriods periods, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var (from, to) = (periods.From, periods.To);
        var sums = await db.Bills.AsNoTracking()
            .Where(b => (b.Status == BillStatus.Posted || b.Status == BillStatus.Cancelled) && b.Kind != BillKind.Deposit
                && b.PeriodEnd >= from && b.PeriodEnd <= to)
            .Join(db.BillLines, b => b.Id, l => l.BillId, (b, l) => new { b.Status, l.Service, l.BillId, l.Amount })
            .GroupBy(x => new { x.Service, x.Status })
            .Select(g => new
            {
                g.Key.Service,
                g.Key.Status,
                Bills = g.Select(x => x.BillId).Distinct().Count(),
                Amount = g.Sum(x => (decimal)(object)x.Amount),
            })
            .ToListAsync(ct);
        var rows = sums.GroupBy(s => s.Service)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var billed = g.Sum(s => s.Amount);
                var cancelled = -g.Where(s => s.Status == BillStatus.Cancelled).Sum(s => s.Amount);
                return new RevenueRow(g.Key, g.Where(s => s.Status == BillStatus.Posted).Sum(s => s.Bills), new Money(billed), new Money(cancelled),
                    new Money(billed + cancelled));
            })
            .ToList();
        return new RevenueReport(periods, rows);
    }
}
