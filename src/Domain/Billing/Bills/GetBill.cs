using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>
/// One bill with its lines, reads and (for staff) review exceptions. A resident sees only issued bills (posted, or
/// cancelled and replaced) of accounts linked to them; anything else is "not found".
/// </summary>
public sealed class GetBill(UtilityDbContext db, AccountAccess access)
{
    public async Task<BillDetails> HandleAsync(Actor actor, Guid billId, CancellationToken ct = default)
    {
        var bill = await db.Bills.AsNoTracking().Include(b => b.Lines).Include(b => b.Reads).SingleOrDefaultAsync(b => b.Id == billId, ct);
        if (bill is null || (!actor.IsStaff && bill.Status is not (BillStatus.Posted or BillStatus.Cancelled))
            || !await access.CanSeeAsync(actor, bill.ServiceAccountId, ct))
        {
            throw DomainException.NotFound("Bill");
        }

        var summary = (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == billId), ct)).Single();
        var exceptions = actor.IsStaff ? await BillQueries.ExceptionsAsync(db, db.BillExceptions.Where(e => e.BillId == billId), ct) : [];
        var replacedBy = await db.Bills.AsNoTracking().Where(b => b.ReplacesBillId == billId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        return new BillDetails(summary, bill.CustomerClass, bill.MeterSize, bill.AdditionalMeterSizes, bill.InsideCity, bill.DwellingUnits, bill.Services,
            bill.PreviousBalance, bill.PaymentsSince, bill.AdjustmentsSince, bill.DepositApplied,
            bill.Lines.OrderBy(l => l.Sequence).Select(l => new BillLineView(l.Sequence, l.Service, l.Description, l.Quantity, l.Rate, l.Amount)).ToList(),
            bill.Reads.OrderBy(r => r.MeterSerial, StringComparer.Ordinal)
                .Select(r => new BillReadView(r.MeterSerial, r.OpeningAt, r.OpeningRegister, r.ClosingAt, r.ClosingRegister, r.Gallons, r.Kind)).ToList(),
            exceptions.OrderBy(e => e.Kind).ToList(), bill.HoldReason, bill.ReplacesBillId, replacedBy, bill.CancelReason, bill.CancelledAt);
    }
}
