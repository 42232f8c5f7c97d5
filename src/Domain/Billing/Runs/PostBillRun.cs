using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Runs;

/// <param name="IssueDate">The day printed on the bills (default today); due dates follow from it.</param>
public sealed record PostBillRunInput(Guid RunId, DateOnly? IssueDate = null);

public sealed record PostBillRunResult(int BillsToPost, DateOnly IssueDate);

/// <summary>
/// Asks for an approved run to be posted to the ledger and issued. The bill run worker does the posting in the
/// background (the run page shows <see cref="BillRun.BillsPosted"/> of <see cref="BillRun.BillsToPost"/>).
/// </summary>
public sealed class PostBillRun(UtilityDbContext db, TimeProvider clock)
{
    public async Task<PostBillRunResult> HandleAsync(Actor actor, PostBillRunInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var run = await db.BillRuns.SingleOrDefaultAsync(r => r.Id == input.RunId, ct) ?? throw DomainException.NotFound("Bill run");
        if (run.Status != BillRunStatus.Approved)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only an approved run can be posted; this one is {run.Status}.");
        }

        var issueDate = input.IssueDate ?? BillingTime.Today(clock);
        if (issueDate < run.PeriodEnd)
        {
            throw new DomainException(ErrorCodes.Invalid, "Bills are issued on or after the period's read day.", nameof(input.IssueDate));
        }

        var bills = await db.Bills.CountAsync(b => b.BillRunId == run.Id && b.Status == BillStatus.Approved, ct);
        run.RequestPosting(actor.Name, issueDate, bills);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.Conflict, "The run changed a moment ago; look at it again.");
        }

        return new PostBillRunResult(bills, issueDate);
    }
}
