using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>A run as its page shows it: state and progress, bills by status, and open exceptions by kind.</summary>
public sealed record BillRunView(
    Guid Id,
    int Cycle,
    BillingPeriod Period,
    BillRunStatus Status,
    string StartedBy,
    DateTimeOffset StartedAt,
    string? ScheduleCode,
    int? ScheduleVersion,
    int Accounts,
    int AccountsDone,
    int AccountsSkipped,
    int BillsToPost,
    int BillsPosted,
    IReadOnlyDictionary<BillStatus, int> BillsByStatus,
    IReadOnlyDictionary<BillExceptionKind, int> OpenExceptionsByKind,
    Money CurrentCharges,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateOnly? IssueDate,
    DateTimeOffset? PostedAt,
    string? LastError)
{
    /// <summary>Progress of the step under way, 0 to 100, for the progress bar.</summary>
    public int PercentDone => Status switch
    {
        BillRunStatus.Queued => 0,
        BillRunStatus.Calculating => Accounts == 0 ? 0 : (int)(AccountsDone * 100L / Accounts),
        BillRunStatus.Posting => BillsToPost == 0 ? 0 : (int)(BillsPosted * 100L / BillsToPost),
        _ => 100,
    };

    public int OpenExceptions => OpenExceptionsByKind.Values.Sum();
}

/// <summary>One bill run (<see cref="HandleAsync"/>) or the latest runs (<see cref="ListAsync"/>), for staff.</summary>
public sealed class GetBillRun(UtilityDbContext db)
{
    public async Task<BillRunView> HandleAsync(Actor actor, Guid runId, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var run = await db.BillRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct) ?? throw DomainException.NotFound("Bill run");
        var byStatus = await db.Bills.AsNoTracking().Where(b => b.BillRunId == runId)
            .GroupBy(b => b.Status)
            .Select(g => new { g.Key, Count = g.Count(), Charges = g.Sum(b => (decimal)(object)b.CurrentCharges) })
            .ToListAsync(ct);
        var open = await db.BillExceptions.AsNoTracking().Where(e => e.BillRunId == runId && e.Status == BillExceptionStatus.Open)
            .GroupBy(e => e.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return View(run, byStatus.ToDictionary(s => s.Key, s => s.Count), open,
            new Money(byStatus.Where(s => s.Key != BillStatus.Cancelled).Sum(s => s.Charges)));
    }

    /// <summary>The latest runs, newest period first, optionally of one cycle (without per-status counts).</summary>
    public async Task<IReadOnlyList<BillRunView>> ListAsync(Actor actor, int? cycle = null, int take = 50, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var query = db.BillRuns.AsNoTracking();
        query = cycle is { } c ? query.Where(r => r.Cycle == c) : query;
        var runs = await query.OrderByDescending(r => r.PeriodEnd).ThenBy(r => r.Cycle).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return runs.Select(r => View(r, new Dictionary<BillStatus, int>(), new Dictionary<BillExceptionKind, int>(), Money.Zero)).ToList();
    }

    private static BillRunView View(BillRun run, IReadOnlyDictionary<BillStatus, int> byStatus, IReadOnlyDictionary<BillExceptionKind, int> open, Money charges) =>
        new(run.Id, run.Cycle, run.Period, run.Status, run.StartedBy, run.StartedAt, run.ScheduleCode, run.ScheduleVersion, run.Accounts, run.AccountsDone,
            run.AccountsSkipped, run.BillsToPost, run.BillsPosted, byStatus, open, charges, run.ApprovedBy, run.ApprovedAt, run.IssueDate, run.PostedAt, run.LastError);
}
