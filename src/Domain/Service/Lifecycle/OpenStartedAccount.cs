using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// The crew turned the water on: the pending account becomes active, the crew's opening read is recorded, and the
/// deposit the schedule sets for its class and meter size is billed (or the Supervisor's waiver recorded). The first
/// bill is not made here: the next bill run of the account's cycle finds an active account opened during its period and
/// drafts its prorated initial bill. Runs inside the work order's completion; nothing is saved here.
/// </summary>
public sealed class OpenStartedAccount(UtilityDbContext db, LifecycleBills bills, PrepareBill prepare, TimeProvider clock)
{
    internal async Task HandleAsync(ServiceChange change, WorkOrder order, Actor actor, CancellationToken ct)
    {
        var account = await db.ServiceAccounts.SingleAsync(a => a.Id == change.ToAccountId, ct);
        var before = account.Status;
        account.Activate();
        var now = clock.GetUtcNow();
        if (change.StartRegister is { } register)
        {
            await bills.RecordReadAsync(account.PremiseId, register, order.CompletedAt ?? now, order.CompletedBy ?? actor.Name, ct);
        }

        Guid? depositBillId = null;
        if (!await db.DepositRequirements.AnyAsync(d => d.ServiceAccountId == account.Id, ct))
        {
            if (change.Deposit == DepositDecision.Waived)
            {
                db.DepositRequirements.Add(DepositRequirement.WaivedUpFront(account.Id, change.DepositWaiverReason!, now, change.RequestedBy));
            }
            else
            {
                var drafted = await prepare.DepositAsync(await bills.Drafting.AccountAsync(account.Id, ct), actor.Name, ct);
                await bills.IssueAsync(drafted.Bill, actor.Name, ct);
                db.DepositRequirements.Add(DepositRequirement.Billed(account.Id, drafted.Bill.CurrentCharges, drafted.Bill.Id, now, actor.Name));
                depositBillId = drafted.Bill.Id;
            }
        }

        change.MarkStarted(bills.Today, depositBillId, now);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceStarted", "ServiceAccount", account.Id.ToString(), "Status", before.ToString(),
            $"{account.Status}; deposit {(depositBillId is null ? "not billed" : "billed")}"));
    }
}
