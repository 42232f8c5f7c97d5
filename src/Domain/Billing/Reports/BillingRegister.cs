using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Reports;

/// <summary>One bill of a run as the register lists it: who, what kind, how much water, each service's amount and the total.</summary>
public sealed record BillingRegisterRow(
    Guid BillId,
    string AccountNumber,
    string CustomerName,
    BillKind Kind,
    BillStatus Status,
    long WaterGallons,
    long ReuseGallons,
    Money Water,
    Money Sewer,
    Money Stormwater,
    Money Refuse,
    Money Reuse,
    Money Total);

/// <param name="Bills">Every bill of the run, not just this page's.</param>
/// <param name="Charges">The run's current charges, cancelled bills left out (their charges were reversed).</param>
public sealed record BillingRegisterPage(int Cycle, BillingPeriod Period, BillRunStatus RunStatus, IReadOnlyList<BillingRegisterRow> Rows, int Bills,
    Money Charges, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Bills + PageSize - 1) / PageSize);
}

/// <summary>
/// The billing register of one bill run, in account number order: a page for the screen, or every row for the CSV
/// export. The export reads the run's bill ids (16 bytes each) and then the bills a set at a time, so a run of
/// 100,000 accounts is written as it is read instead of being held in memory.
/// </summary>
public sealed class BillingRegister(UtilityDbContext db)
{
    public const int MaxPageSize = 500;

    /// <summary>Bills read per query while exporting: one IN list, well under any provider's parameter limit.</summary>
    internal const int SetSize = 1_000;

    public async Task<BillingRegisterPage> PageAsync(Actor actor, Guid runId, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        var run = await RunAsync(actor, runId, ct);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var totals = await db.Bills.AsNoTracking().Where(b => b.BillRunId == runId)
            .GroupBy(b => b.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Charges = g.Sum(b => (decimal)(object)b.CurrentCharges) })
            .ToListAsync(ct);
        var ids = await OrderedIds(runId).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new BillingRegisterPage(run.Cycle, run.Period, run.Status, await RowsAsync(ids, ct), totals.Sum(t => t.Count),
            new Money(totals.Where(t => t.Status != BillStatus.Cancelled).Sum(t => t.Charges)), page, pageSize);
    }

    /// <summary>Checks the actor and the run before anything is written, then yields every row of the register in order.</summary>
    public async Task<IAsyncEnumerable<BillingRegisterRow>> ExportAsync(Actor actor, Guid runId, CancellationToken ct = default)
    {
        await RunAsync(actor, runId, ct);
        return ExportRowsAsync(runId, ct);
    }

    private async IAsyncEnumerable<BillingRegisterRow> ExportRowsAsync(Guid runId, [EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await OrderedIds(runId).ToListAsync(ct);
        foreach (var set in ids.Chunk(SetSize))
        {
            foreach (var row in await RowsAsync(set, ct))
            {
                yield return row;
            }
        }
    }

    private async Task<BillRun> RunAsync(Actor actor, Guid runId, CancellationToken ct)
    {
        BillingAccess.RequireStaff(actor);
        return await db.BillRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct) ?? throw DomainException.NotFound("Bill run");
    }

    private IQueryable<Guid> OrderedIds(Guid runId) =>
        db.Bills.AsNoTracking().Where(b => b.BillRunId == runId)
            .Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id, (b, a) => new { b.Id, a.Number })
            .OrderBy(x => x.Number).ThenBy(x => x.Id)
            .Select(x => x.Id);

    /// <summary>The rows of these bills, in the order of <paramref name="ids"/>: one query for the bills, one for their lines summed by service.</summary>
    private async Task<List<BillingRegisterRow>> RowsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var bills = await db.Bills.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id, (b, a) => new { b, a.Number, a.CustomerId })
            .Join(db.Customers, x => x.CustomerId, c => c.Id, (x, c) => new
            {
                x.b.Id,
                x.Number,
                c.Name,
                x.b.Kind,
                x.b.Status,
                x.b.WaterGallons,
                x.b.ReuseGallons,
                x.b.CurrentCharges,
            })
            .ToDictionaryAsync(b => b.Id, ct);
        var amounts = (await db.BillLines.AsNoTracking().Where(l => ids.Contains(l.BillId))
                .GroupBy(l => new { l.BillId, l.Service })
                .Select(g => new { g.Key.BillId, g.Key.Service, Amount = g.Sum(l => (decimal)(object)l.Amount) })
                .ToListAsync(ct))
            .ToLookup(a => a.BillId);
        var rows = new List<BillingRegisterRow>(ids.Count);
        foreach (var id in ids)
        {
            if (!bills.TryGetValue(id, out var b))
            {
                continue;
            }

            var byService = amounts[id].ToDictionary(a => a.Service, a => a.Amount);
            Money Of(UtilityServices service) => new(byService.GetValueOrDefault(service));
            rows.Add(new BillingRegisterRow(b.Id, b.Number.Value, b.Name, b.Kind, b.Status, b.WaterGallons, b.ReuseGallons, Of(UtilityServices.Water),
                Of(UtilityServices.Sewer), Of(UtilityServices.Stormwater), Of(UtilityServices.Refuse), Of(UtilityServices.Reuse), b.CurrentCharges));
        }

        return rows;
    }
}
