using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

/// <param name="IssueDate">The day on the bill (default today); the due date follows from it.</param>
public sealed record IssueBillInput(Guid BillId, DateOnly? IssueDate = null);

/// <summary>
/// Approves and posts one draft bill: an on-demand bill, a rebill, or a bill released after its run was posted.
/// Refused while the bill has open exceptions or a high-bill notice that could not be sent. The charge (and a final
/// bill's deposit application) and the bill's new state are saved in one transaction; a final bill also final-bills the account.
/// </summary>
public sealed class IssueBill(UtilityDbContext db, HighBillNotices notices, Microsoft.Extensions.Options.IOptions<BillingOptions> options, TimeProvider clock)
{
    public async Task<BillSummary> HandleAsync(Actor actor, IssueBillInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var bill = await db.Bills.SingleOrDefaultAsync(b => b.Id == input.BillId, ct) ?? throw DomainException.NotFound("Bill");
        if (bill.Status != BillStatus.Draft)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a draft bill can be issued; this one is {bill.Status.ToString().ToLowerInvariant()}.");
        }

        var open = await db.BillExceptions.CountAsync(e => e.BillId == bill.Id && e.Status == BillExceptionStatus.Open, ct);
        if (open > 0)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Resolve the bill's {open} open exception(s) first.");
        }

        if (await notices.SendAsync(null, [bill.Id], ct) > 0)
        {
            throw new DomainException(ErrorCodes.Conflict, "The customer's high-bill notice could not be sent yet; try again in a moment.");
        }

        var now = clock.GetUtcNow();
        var issuedOn = input.IssueDate ?? BillingTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RateScheduleStore.LockAsync(db, [bill.ScheduleCode], ct);
        var positions = await LedgerPositions.ForAsync(db, [bill.ServiceAccountId], ct);
        bill.Approve(actor.Name, now);
        db.JournalEntries.AddRange(bill.Post(LedgerPositions.Of(positions, bill.ServiceAccountId), issuedOn, options.Value.DaysToPay, now, actor.Name));
        if (bill.Kind == BillKind.Final)
        {
            // A rebilled final bill finds the account already final-billed.
            var account = await db.ServiceAccounts.SingleAsync(a => a.Id == bill.ServiceAccountId, ct);
            if (account.Status == Accounts.AccountStatus.Active)
            {
                account.MarkFinalBilled(bill.ServiceTo);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict, "This bill was issued a moment ago.");
        }

        return (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == bill.Id), ct)).Single();
    }
}
