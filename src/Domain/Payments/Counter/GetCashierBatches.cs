using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Counter;

/// <summary>
/// Cashier batches with their totals by tender. A cashier sees their own; a Supervisor sees every batch and lists a
/// day's batches with their variances. Totals are summed from the payments (posted, and those later reversed: the
/// money was in the drawer that day), never from a counter kept beside them.
/// </summary>
public sealed class GetCashierBatches(UtilityDbContext db, GetPaymentReceipt receipts)
{
    public async Task<CashierBatchReport> HandleAsync(Actor actor, Guid batchId, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var batch = await db.CashierBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || (batch.CashierId != actor.UserId && !PaymentStaff.IsSupervisor(actor)))
        {
            throw DomainException.NotFound("Cashier batch");
        }

        return (await ReportsAsync([batch], withPayments: true, ct)).Single();
    }

    /// <summary>The actor's open batch, if they have one.</summary>
    public async Task<CashierBatchReport?> OpenBatchOfAsync(Actor actor, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var batch = await db.CashierBatches.AsNoTracking().SingleOrDefaultAsync(b => b.CashierId == actor.UserId && b.Status == CashierBatchStatus.Open, ct);
        return batch is null ? null : (await ReportsAsync([batch], withPayments: true, ct)).Single();
    }

    /// <summary>Supervisor only: every batch of a business day, cashier by cashier, with its totals and variance.</summary>
    public async Task<IReadOnlyList<CashierBatchReport>> ListAsync(Actor actor, DateOnly day, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        if (!PaymentStaff.IsSupervisor(actor))
        {
            throw new DomainException(ErrorCodes.Forbidden, "The batches of every cashier are for supervisors.");
        }

        var batches = await db.CashierBatches.AsNoTracking().Where(b => b.BusinessDay == day).OrderBy(b => b.CashierName).ThenBy(b => b.OpenedAt).ToListAsync(ct);
        return await ReportsAsync(batches, withPayments: false, ct);
    }

    private async Task<List<CashierBatchReport>> ReportsAsync(List<CashierBatch> batches, bool withPayments, CancellationToken ct)
    {
        var ids = batches.Select(b => b.Id).ToList();
        // One grouped query for all the batches; the cast through object lets EF sum the column behind Money on every provider.
        var sums = await db.Payments.AsNoTracking()
            .Where(p => p.CashierBatchId != null && ids.Contains(p.CashierBatchId.Value)
                && (p.Status == PaymentStatus.Posted || p.Status == PaymentStatus.Reversed))
            .GroupBy(p => new { BatchId = p.CashierBatchId!.Value, p.Tender })
            .Select(g => new { g.Key.BatchId, g.Key.Tender, Count = g.Count(), Total = g.Sum(p => (decimal)(object)p.Amount) })
            .ToListAsync(ct);
        var byBatch = sums.ToLookup(s => s.BatchId);

        var reports = new List<CashierBatchReport>(batches.Count);
        foreach (var batch in batches)
        {
            var lines = CashierBatchReport.Lines(batch, byBatch[batch.Id].Select(s => (s.Tender, s.Count, new Money(s.Total))));
            var payments = withPayments ? await receipts.OfBatchAsync(batch.Id, ct) : [];
            reports.Add(new CashierBatchReport(batch.Id, batch.CashierId, batch.CashierName, batch.BusinessDay, batch.Status, batch.OpeningFloat,
                batch.OpenedAt, batch.ClosedAt, batch.ClosedBy, lines, payments));
        }

        return reports;
    }
}
