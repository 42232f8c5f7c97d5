using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

public sealed record RecalculateBillInput(Guid BillId);

/// <summary>
/// Prices a draft or held bill again from the reads as they are now, typically after a re-read: the lines and reads
/// are replaced, open exceptions give way to what review finds now (resolved ones stay as history), pending re-read
/// requests for the bill are completed, and the bill returns to draft.
/// </summary>
public sealed class RecalculateBill(UtilityDbContext db, AccountDrafting drafting, HighBillNotices notices, TimeProvider clock)
{
    public async Task<BillSummary> HandleAsync(Actor actor, RecalculateBillInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var bill = await db.Bills.Include(b => b.Lines).Include(b => b.Reads).SingleOrDefaultAsync(b => b.Id == input.BillId, ct)
            ?? throw DomainException.NotFound("Bill");
        if (bill.Status is not (BillStatus.Draft or BillStatus.Held) || bill.Kind == BillKind.Deposit)
        {
            throw new DomainException(ErrorCodes.Conflict, "Only a draft or held bill for service can be recalculated; a posted bill is corrected by cancel and rebill.");
        }

        var fresh = await drafting.DraftAsync(bill.ServiceAccountId,
            new Drafting.DraftRequest(bill.Kind, bill.Period, new BillingPeriod(bill.ServiceFrom, bill.ServiceTo), bill.BillRunId,
                ReReadAfter: bill.CreatedAt), actor.Name, ct);
        if (bill.Status == BillStatus.Held)
        {
            bill.Release();
        }

        bill.Reprice(fresh.Bill.Facts, new ScheduleRef(fresh.Bill.ScheduleCode, fresh.Bill.ScheduleVersion),
            new PricedBill(fresh.Bill.ScheduleCode, fresh.Bill.Lines.Select(l => new BillLineAmount(l.Service, l.Description, l.Quantity, l.Rate, l.Amount)).ToList()),
            fresh.Bill.Estimated, fresh.Bill.Reads);
        var now = clock.GetUtcNow();
        db.BillExceptions.RemoveRange(await db.BillExceptions.Where(e => e.BillId == bill.Id && e.Status == BillExceptionStatus.Open).ToListAsync(ct));
        foreach (var request in await db.ReReadRequests.Where(r => r.BillId == bill.Id && r.Status == ReReadStatus.Pending).ToListAsync(ct))
        {
            request.Complete(now);
        }

        var exceptions = fresh.Exceptions.Select(e => e.For(bill)).ToList();
        db.BillExceptions.AddRange(exceptions);
        await db.SaveChangesAsync(ct);
        if (exceptions.Any(e => e.Kind == BillExceptionKind.High))
        {
            await notices.SendAsync(null, [bill.Id], ct);
        }

        return (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == bill.Id), ct)).Single();
    }
}
