using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Runs;

/// <param name="Cycle">The billing cycle, 1 to 20.</param>
/// <param name="Year">The year of the month whose read day ends the period.</param>
/// <param name="Month">The month (1-12) whose read day ends the period.</param>
public sealed record StartBillRunInput(int Cycle, int Year, int Month);

/// <param name="Created">False when the cycle already had a run for this period: that run is returned, nothing is started twice.</param>
public sealed record StartBillRunResult(Guid RunId, BillingPeriod Period, bool Created);

/// <summary>
/// Starts the bill run of a cycle for one period (see <see cref="BillingCalendar"/>). The run is queued: a bill run
/// worker calculates the drafts in the background (the run page polls <see cref="GetBillRun"/> for progress).
/// Starting a cycle and period that already has a run returns that run.
/// </summary>
public sealed class StartBillRun(UtilityDbContext db, TimeProvider clock)
{
    public async Task<StartBillRunResult> HandleAsync(Actor actor, StartBillRunInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var period = BillingCalendar.PeriodFor(input.Cycle, input.Year, input.Month);
        if (period.End > BillingTime.Today(clock))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Cycle {input.Cycle} is read on {period.End:yyyy-MM-dd}; its period cannot be billed before then.", nameof(input.Month));
        }

        var existing = await FindAsync(input.Cycle, period, ct);
        if (existing is { } id)
        {
            return new StartBillRunResult(id, period, Created: false);
        }

        var run = new BillRun(input.Cycle, period, actor.Name, clock.GetUtcNow());
        db.BillRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
            return new StartBillRunResult(run.Id, period, Created: true);
        }
        catch (DbUpdateException)
        {
            // Someone started the same run at the same moment: theirs stands.
            db.Entry(run).State = EntityState.Detached;
            return new StartBillRunResult(await FindAsync(input.Cycle, period, ct) ?? throw new InvalidOperationException("The run vanished."), period, Created: false);
        }
    }

    private Task<Guid?> FindAsync(int cycle, BillingPeriod period, CancellationToken ct) =>
        db.BillRuns.AsNoTracking()
            .Where(r => r.Cycle == cycle && r.PeriodStart == period.Start && r.PeriodEnd == period.End)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
}
