using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Bills;

public sealed record CancelRebillInput(Guid BillId, string? Reason);

/// <param name="Replacement">The new draft, priced from the reads as they are now; issue it with <see cref="IssueBill"/> once reviewed.</param>
public sealed record CancelRebillResult(Guid CancelledBillId, BillSummary Replacement);

/// <summary>
/// Corrects a posted bill the only way a posted bill is corrected: its ledger charge (and a final bill's deposit
/// application) is reversed through <see cref="PostToLedger.ReverseAsync"/>, the bill is cancelled, and a new draft
/// for the same account, kind and period replaces it, all in one transaction. The reversal and the original charge
/// net to zero; the replacement is charged when it is issued.
/// </summary>
public sealed class CancelRebill(UtilityDbContext db, PostToLedger ledger, AccountDrafting drafting, HighBillNotices notices, TimeProvider clock)
{
    public async Task<CancelRebillResult> HandleAsync(Actor actor, CancelRebillInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the bill is cancelled.", nameof(input.Reason));
        }

        var bill = await db.Bills.SingleOrDefaultAsync(b => b.Id == input.BillId, ct) ?? throw DomainException.NotFound("Bill");
        if (bill.Status != BillStatus.Posted)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a posted bill is cancelled and rebilled; this one is {bill.Status.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        var today = BillingTime.Today(clock);
        var reason = input.Reason.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        bill.Cancel(actor.Name, now, reason);
        await db.SaveChangesAsync(ct);
        var keys = new[] { (Bill.LedgerKeyOf(bill.Id), Bill.ReversalKeyOf(bill.Id)), (Bill.DepositKeyOf(bill.Id), Bill.DepositReversalKeyOf(bill.Id)) };
        foreach (var (original, reversal) in keys)
        {
            var entryId = await db.JournalEntries.AsNoTracking().Where(e => e.IdempotencyKey == original).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
            if (entryId is { } id)
            {
                await ledger.ReverseAsync(id, reversal, today, now, actor.Name, $"{bill.Describe()} cancelled: {reason}", ct);
            }
        }

        var replacement = await RedraftAsync(bill, actor.Name, ct);
        replacement.Bill.MarkReplacing(bill.Id);
        db.Bills.Add(replacement.Bill);
        db.BillExceptions.AddRange(replacement.Exceptions);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        if (replacement.Exceptions.Any(e => e.Kind == BillExceptionKind.High))
        {
            await notices.SendAsync(null, [replacement.Bill.Id], ct);
        }

        return new CancelRebillResult(bill.Id, (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == replacement.Bill.Id), ct)).Single());
    }

    private async Task<DraftedBill> RedraftAsync(Bill bill, string createdBy, CancellationToken ct)
    {
        if (bill.Kind == BillKind.Deposit)
        {
            var schedule = await drafting.ScheduleOnAsync(bill.PeriodEnd, ct);
            var line = bill.Lines.Count > 0 ? bill.Lines[0] : (await db.BillLines.AsNoTracking().Where(l => l.BillId == bill.Id).OrderBy(l => l.Sequence).FirstAsync(ct));
            var priced = new PricedBill(schedule.Ref.Code, [new BillLineAmount(line.Service, line.Description, line.Quantity, line.Rate, line.Amount)]);
            return new DraftedBill(new Bill(bill.ServiceAccountId, BillKind.Deposit, bill.Period, bill.Period, null, bill.Facts, schedule.Ref, priced, [], false, null,
                clock.GetUtcNow(), createdBy), [], UsageHistory.Empty);
        }

        // A final bill read at move-out keeps that read on its rebill.
        var finalRegister = bill.Kind == BillKind.Final
            ? await db.BillReads.AsNoTracking().Where(r => r.BillId == bill.Id && r.Kind != BillReadKind.Estimated).OrderBy(r => r.Id)
                .Select(r => r.ClosingRegister).FirstOrDefaultAsync(ct)
            : null;
        return await drafting.DraftAsync(bill.ServiceAccountId,
            new DraftRequest(bill.Kind, bill.Period, new BillingPeriod(bill.ServiceFrom, bill.ServiceTo), null, finalRegister), createdBy, ct);
    }
}
