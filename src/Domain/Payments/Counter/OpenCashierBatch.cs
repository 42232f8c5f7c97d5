using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Counter;

/// <param name="OpeningFloat">The change the drawer starts with (optional, zero or more); it is part of the cash expected at close.</param>
public sealed record OpenCashierBatchInput(decimal? OpeningFloat);

/// <summary>A cashier opens their batch for the day. One open batch per cashier: a second is refused until the first is closed.</summary>
public sealed class OpenCashierBatch(UtilityDbContext db, TimeProvider clock)
{
    public async Task<CashierBatch> HandleAsync(Actor actor, OpenCashierBatchInput input, CancellationToken ct = default)
    {
        PaymentStaff.Require(actor);
        var openingFloat = PaymentStaff.Count(input.OpeningFloat ?? 0m, "openingFloat");
        await RequireNoOpenBatchAsync(actor, ct);

        var now = clock.GetUtcNow();
        var batch = new CashierBatch(actor.UserId, actor.Name, BillingTime.Today(clock), openingFloat, now);
        db.CashierBatches.Add(batch);
        db.AuditEntries.Add(PaymentStaff.Audit(now, actor, "OpenCashierBatch", nameof(CashierBatch), batch.Id, "OpeningFloat", null, openingFloat.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index of open batches: another tab or node opened one for this cashier first.
            db.ChangeTracker.Clear();
            await RequireNoOpenBatchAsync(actor, ct);
            throw;
        }

        return batch;
    }

    private async Task RequireNoOpenBatchAsync(Actor actor, CancellationToken ct)
    {
        var open = await db.CashierBatches.AsNoTracking()
            .Where(b => b.CashierId == actor.UserId && b.Status == CashierBatchStatus.Open)
            .Select(b => (DateOnly?)b.BusinessDay)
            .FirstOrDefaultAsync(ct);
        if (open is { } day)
        {
            throw new DomainException(ErrorCodes.Conflict, $"You already have an open batch from {day:yyyy-MM-dd}; close it before opening another.");
        }
    }
}
