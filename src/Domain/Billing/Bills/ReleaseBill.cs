using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

public sealed record ReleaseBillInput(Guid BillId);

/// <summary>
/// Returns a held bill to draft when the question that held it is settled without new reads: it is approved with its
/// run if the run is still in review, or issued on its own with <see cref="IssueBill"/>.
/// </summary>
public sealed class ReleaseBill(UtilityDbContext db, TimeProvider clock)
{
    public async Task<BillSummary> HandleAsync(Actor actor, ReleaseBillInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var bill = await db.Bills.SingleOrDefaultAsync(b => b.Id == input.BillId, ct) ?? throw DomainException.NotFound("Bill");
        bill.Release();
        foreach (var request in await db.ReReadRequests.Where(r => r.BillId == bill.Id && r.Status == ReReadStatus.Pending).ToListAsync(ct))
        {
            request.Cancel(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == bill.Id), ct)).Single();
    }
}
