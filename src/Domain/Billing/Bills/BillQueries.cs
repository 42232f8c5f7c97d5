using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>The projections every bill page and list shares, each one query however many rows it returns.</summary>
internal static class BillQueries
{
    public static async Task<List<BillSummary>> SummariesAsync(UtilityDbContext db, IQueryable<Bill> bills, CancellationToken ct)
    {
        var rows = await bills
            .Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id, (b, a) => new
            {
                b.Id,
                b.ServiceAccountId,
                a.Number,
                b.Kind,
                b.Status,
                b.PeriodStart,
                b.PeriodEnd,
                b.ServiceFrom,
                b.ServiceTo,
                b.WaterGallons,
                b.ReuseGallons,
                b.Estimated,
                b.AverageGallons,
                b.CurrentCharges,
                b.TotalDue,
                b.IssuedOn,
                b.DueOn,
                b.ScheduleCode,
                b.ScheduleVersion,
                OpenExceptions = db.Set<BillExceptionItem>().Count(e => e.BillId == b.Id && e.Status == BillExceptionStatus.Open),
                b.BillRunId,
            })
            .ToListAsync(ct);
        return rows.Select(b => new BillSummary(b.Id, b.ServiceAccountId, b.Number.Value, b.Kind, b.Status, b.PeriodStart, b.PeriodEnd, b.ServiceFrom, b.ServiceTo,
            b.WaterGallons, b.ReuseGallons, b.Estimated, b.AverageGallons, b.CurrentCharges, b.TotalDue, b.IssuedOn, b.DueOn, b.ScheduleCode, b.ScheduleVersion,
            b.OpenExceptions, b.BillRunId)).ToList();
    }

    public static async Task<List<BillExceptionView>> ExceptionsAsync(UtilityDbContext db, IQueryable<BillExceptionItem> exceptions, CancellationToken ct)
    {
        var rows = await exceptions
            .Join(db.Bills, e => e.BillId, b => b.Id, (e, b) => new { e, b.CurrentCharges, b.Status })
            .Join(db.ServiceAccounts, x => x.e.ServiceAccountId, a => a.Id, (x, a) => new { x.e, x.CurrentCharges, x.Status, a.Number })
            .ToListAsync(ct);
        return rows.Select(x => new BillExceptionView(x.e.Id, x.e.BillId, x.e.BillRunId, x.Number.Value, x.e.Kind, x.e.Reason, x.e.Gallons, x.e.AverageGallons,
            x.e.PercentOfAverage, x.e.ReadHistory(), x.e.Status, x.e.Resolution, x.e.ResolvedBy, x.e.ResolvedAt, x.e.Note, x.e.NotifiedAt, x.CurrentCharges,
            x.Status)).ToList();
    }
}
