using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Runs;

public sealed record ApproveBillRunInput(Guid RunId);

/// <param name="Held">Bills held by review: they stay out of the run.</param>
public sealed record ApproveBillRunResult(int Approved, int Held);

/// <summary>
/// Approves a calculated run once review is done: refused while any exception of a bill that is not held is open,
/// or while a high-bill customer has not been told (a failed notice is retried here first). Every draft of the run
/// is approved in one statement; held bills stay out.
/// </summary>
public sealed class ApproveBillRun(UtilityDbContext db, HighBillNotices notices, TimeProvider clock)
{
    public async Task<ApproveBillRunResult> HandleAsync(Actor actor, ApproveBillRunInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var run = await db.BillRuns.SingleOrDefaultAsync(r => r.Id == input.RunId, ct) ?? throw DomainException.NotFound("Bill run");
        if (run.Status != BillRunStatus.Review)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a calculated run in review can be approved; this one is {run.Status}.");
        }

        var open = await db.BillExceptions
            .Where(e => e.BillRunId == run.Id && e.Status == BillExceptionStatus.Open)
            .Join(db.Bills.Where(b => b.Status == BillStatus.Draft), e => e.BillId, b => b.Id, (e, b) => e.Id)
            .CountAsync(ct);
        if (open > 0)
        {
            throw new DomainException(ErrorCodes.Conflict, $"{open} exception(s) are still open; resolve them before approving the run.");
        }

        var unsent = await notices.SendAsync(run.Id, null, ct);
        if (unsent > 0)
        {
            throw new DomainException(ErrorCodes.Conflict, $"{unsent} high-bill notice(s) could not be sent yet; the customers must hear before their bills are approved. Try again in a moment.");
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One statement for the whole run rather than a million tracked bills; Bill.Approve's rule (drafts only) is the WHERE.
        var approved = await db.Bills.Where(b => b.BillRunId == run.Id && b.Status == BillStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BillStatus.Approved).SetProperty(b => b.ApprovedBy, actor.Name).SetProperty(b => b.ApprovedAt, now), ct);
        run.Approve(actor.Name, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var held = await db.Bills.CountAsync(b => b.BillRunId == run.Id && b.Status == BillStatus.Held, ct);
        return new ApproveBillRunResult(approved, held);
    }
}
