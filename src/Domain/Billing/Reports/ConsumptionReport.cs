using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Reports;

/// <param name="Cycle">One billing cycle, or all.</param>
/// <param name="CustomerClass">One customer class, or all.</param>
public sealed record ConsumptionReportInput(ReportPeriods Periods, int? Cycle = null, PremiseClass? CustomerClass = null);

/// <summary>Water billed in one cycle's billing period to one customer class.</summary>
/// <param name="AverageGallons">Gallons per account, rounded to the gallon.</param>
public sealed record ConsumptionRow(int Cycle, BillingPeriod Period, PremiseClass CustomerClass, int Accounts, int Bills, long Gallons, long AverageGallons);

/// <summary>
/// Consumption by billing period: for each cycle's period and customer class, the water billed on posted cycle,
/// initial and final bills (the bills that follow the cycle calendar; off-cycle bills overlap it and deposit bills
/// have no water), the accounts billed and the average per account. Cancelled bills are left out: their replacements count.
/// The database groups the bills, so the answer is a few rows per cycle and month however many accounts there are.
/// </summary>
public sealed class ConsumptionReport(UtilityDbContext db)
{
    public async Task<IReadOnlyList<ConsumptionRow>> HandleAsync(Actor actor, ConsumptionReportInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        if (input.Cycle is { } c && (c < 1 || c > ServiceAccount.BillingCycles))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Billing cycles run from 1 to {ServiceAccount.BillingCycles}.", "Cycle");
        }

        var (from, to) = (input.Periods.From, input.Periods.To);
        var bills = db.Bills.AsNoTracking().Where(b => b.Status == BillStatus.Posted && b.PeriodEnd >= from && b.PeriodEnd <= to
            && (b.Kind == BillKind.Cycle || b.Kind == BillKind.Initial || b.Kind == BillKind.Final));
        bills = input.CustomerClass is { } customerClass ? bills.Where(b => b.CustomerClass == customerClass) : bills;
        var joined = bills.Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id,
            (b, a) => new { a.BillingCycle, b.PeriodStart, b.PeriodEnd, b.CustomerClass, b.ServiceAccountId, b.WaterGallons });
        joined = input.Cycle is { } cycle ? joined.Where(x => x.BillingCycle == cycle) : joined;
        var groups = await joined
            .GroupBy(x => new { x.BillingCycle, x.PeriodStart, x.PeriodEnd, x.CustomerClass })
            .Select(g => new
            {
                g.Key.BillingCycle,
                g.Key.PeriodStart,
                g.Key.PeriodEnd,
                g.Key.CustomerClass,
                Accounts = g.Select(x => x.ServiceAccountId).Distinct().Count(),
                Bills = g.Count(),
                Gallons = g.Sum(x => x.WaterGallons),
            })
            .ToListAsync(ct);
        return groups
            .Select(g => new ConsumptionRow(g.BillingCycle, new BillingPeriod(g.PeriodStart, g.PeriodEnd), g.CustomerClass, g.Accounts, g.Bills, g.Gallons,
                g.Accounts == 0 ? 0 : (long)Math.Round((decimal)g.Gallons / g.Accounts, MidpointRounding.AwayFromZero)))
            .OrderBy(r => r.Period.End).ThenBy(r => r.Cycle).ThenBy(r => r.CustomerClass)
            .ToList();
    }
}
