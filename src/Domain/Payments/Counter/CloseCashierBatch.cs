using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Counter;

/// <param name="CountedCash">Everything in the drawer's cash, the opening float included.</param>
public sealed record CloseCashierBatchInput(Guid BatchId, decimal CountedCash, decimal CountedChecks, decimal CountedMoneyOrders, decimal CountedCardPresent);

/// <summary>
/// The cashier (or a Supervisor, for a cashier who has gone) closes a batch with what was counted by tender; from then
/// on it takes no payments, and its report shows expected, counted and variance by tender.
/// </summary>
public sealed class CloseCashierBatch(UtilityDbContext db, GetCashierBatches batches, TimeProvider clock)
{
    public async Task<CashierBatchReport> HandleAsync(Actor actor, CloseCashierBatchInput input, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var counted = new TenderCount(
            PaymentStaff.Count(input.CountedCash, "countedCash"),
            PaymentStaff.Count(input.CountedChecks, "countedChecks"),
            PaymentStaff.Count(input.CountedMoneyOrders, "countedMoneyOrders"),
            PaymentStaff.Count(input.CountedCardPresent, "countedCardPresent"));
        var batch = await db.CashierBatches.SingleOrDefaultAsync(b => b.Id == input.BatchId, ct);
        if (batch is null || (batch.CashierId != actor.UserId && !PaymentStaff.IsSupervisor(actor)))
        {
            throw DomainException.NotFound("Cashier batch");
        }

        var now = clock.GetUtcNow();
        batch.Close(counted, actor.Name, now);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "CloseCashierBatch", nameof(CashierBatch), batch.Id, "Status", nameof(CashierBatchStatus.Open),
            string.Create(CultureInfo.InvariantCulture, $"Closed; counted cash {counted.Cash.Amount:0.00}, checks {counted.Checks.Amount:0.00}, money orders {counted.MoneyOrders.Amount:0.00}, card {counted.CardPresent.Amount:0.00}")));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.Conflict, "A payment was taken into the batch while it was being closed; count again and close it.");
        }

        return await batches.HandleAsync(actor, batch.Id, ct);
    }
}
