using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Deposits;

public sealed record WaiveDepositInput(string? AccountNumber, string? Reason);

/// <summary>
/// A Supervisor waives an account's deposit with a reason: before it is billed (the account will not be asked), or
/// while its bill is unpaid (the deposit bill is cancelled and its charge reversed). A deposit already paid and held
/// is refunded instead. Audited; anyone else is refused.
/// </summary>
public sealed class WaiveDeposit(UtilityDbContext db, AccountAccess access, DepositSection section, TimeProvider clock)
{
    public async Task<DepositView> HandleAsync(Actor actor, WaiveDepositInput input, CancellationToken ct = default)
    {
        DepositAccess.RequireSupervisor(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        var reason = input.Reason?.Trim() ?? string.Empty;
        var now = clock.GetUtcNow();
        var requirement = await db.DepositRequirements.SingleOrDefaultAsync(d => d.ServiceAccountId == accountId, ct);
        if (requirement is null)
        {
            requirement = DepositRequirement.WaivedUpFront(accountId, reason, now, actor.Name);
            db.DepositRequirements.Add(requirement);
        }
        else
        {
            requirement.Waive(reason, actor.Name, now);
            if (requirement.BillId is { } billId)
            {
                await CancelBillAsync(billId, actor.Name, now, requirement.WaiverReason!, ct);
            }
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "WaiveDeposit", nameof(DepositRequirement), accountId.ToString(), "Status", null,
            $"Waived: {requirement.WaiverReason}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict, "The deposit changed a moment ago (paid, or waived by someone else); look again.");
        }

        return await section.GetAsync(actor, accountId, ct);
    }

    /// <summary>The unpaid deposit bill is cancelled and its charge reversed, so the customer no longer owes it.</summary>
    private async Task CancelBillAsync(Guid billId, string by, DateTimeOffset now, string reason, CancellationToken ct)
    {
        var bill = await db.Bills.SingleAsync(b => b.Id == billId, ct);
        if (bill.Status != BillStatus.Posted)
        {
            return;
        }

        var key = Bill.LedgerKeyOf(billId);
        var charge = await db.JournalEntries.AsNoTracking().SingleAsync(e => e.IdempotencyKey == key, ct);
        bill.Cancel(by, now, $"Deposit waived: {reason}");
        db.JournalEntries.Add(charge.Reverse(Bill.ReversalKeyOf(billId), DateOnly.FromDateTime(now.UtcDateTime), now, by, "Deposit waived"));
    }
}
