using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>
/// The crew turned the water off: their final read is recorded and prices the final bill (from the start of the cycle
/// period to today, prorated), which is issued at once and applies the held deposit; the account is final-billed; the
/// credit that remains is refunded by check to the forwarding address (key <c>deposit-refund:{account}</c>, the same as
/// a specialist's refund, so it happens once); and an account that owes nothing more is closed. A deposit billed but
/// never paid is cancelled first: it secured bills that will not come. Runs inside the work order's completion.
/// </summary>
public sealed class FinalStoppedAccount(UtilityDbContext db, LifecycleBills bills, TimeProvider clock)
{
    internal async Task HandleAsync(ServiceChange change, WorkOrder order, Actor actor, CancellationToken ct)
    {
        var account = await db.ServiceAccounts.SingleAsync(a => a.Id == change.FromAccountId, ct);
        if (account.Status != AccountStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Account {account.Number} is {LifecycleRules.Describe(account.Status)}; its service cannot stop again.");
        }

        var now = clock.GetUtcNow();
        var today = bills.Today;
        if (change.FinalRegister is { } register)
        {
            await bills.RecordReadAsync(account.PremiseId, register, order.CompletedAt ?? now, order.CompletedBy ?? actor.Name, ct);
        }

        await CancelUnpaidDepositAsync(account.Id, actor.Name, now, today, ct);
        var toBill = await bills.Drafting.AccountAsync(account.Id, ct);
        var request = PrepareBill.Request(new PrepareBillInput(account.Number.Value, BillKind.Final, today, change.FinalRegister), toBill, account.BillingCycle, today);
        var drafted = await bills.Drafting.DraftAsync(account.Id, request, actor.Name, ct);
        if (drafted.Bill.Estimated)
        {
            throw new DomainException(ErrorCodes.Invalid, "Record the crew's final read on the service change before closing the turn-off.", "register");
        }

        // The crew read the meter at the customer's request: the final bill is issued on that read, not held for review.
        await bills.IssueAsync(drafted.Bill, actor.Name, ct);
        account.MarkFinalBilled(today);
        var refunded = await RefundAsync(account, drafted.Bill.TotalDue, change, actor.Name, now, today, ct);
        if (drafted.Bill.TotalDue + refunded == Money.Zero)
        {
            account.Close();
        }

        change.MarkStopped(today, drafted.Bill.Id, refunded, now);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceStopped", "ServiceAccount", account.Id.ToString(), "Status", nameof(AccountStatus.Active),
            string.Create(CultureInfo.InvariantCulture, $"{account.Status}; final bill {drafted.Bill.CurrentCharges.Amount:0.00}, deposit applied {-drafted.Bill.DepositApplied.Amount:0.00}, refunded {refunded.Amount:0.00}")));
    }

    private async Task<Money> RefundAsync(ServiceAccount account, Money balance, ServiceChange change, string by, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var key = DepositRequirement.RefundKeyOf(account.Id);
        if (!balance.IsNegative || await db.JournalEntries.AnyAsync(e => e.IdempotencyKey == key, ct))
        {
            return Money.Zero;
        }

        var credit = -balance;
        db.JournalEntries.Add(JournalEntry.Refund(account.Id, credit, key, today, now, by,
            $"Check request to {change.ForwardingAddress}: credit remaining after the final bill"));
        return credit;
    }

    private async Task CancelUnpaidDepositAsync(Guid accountId, string by, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var requirement = await db.DepositRequirements.SingleOrDefaultAsync(d => d.ServiceAccountId == accountId && d.Status == DepositStatus.Billed, ct);
        if (requirement?.BillId is not { } billId)
        {
            return;
        }

        const string Reason = "Service stopped before the deposit was paid";
        requirement.Waive(Reason, by, now);
        var bill = await db.Bills.SingleAsync(b => b.Id == billId, ct);
        if (bill.Status == BillStatus.Posted)
        {
            var charge = await db.JournalEntries.AsNoTracking().SingleAsync(e => e.IdempotencyKey == Bill.LedgerKeyOf(billId), ct);
            bill.Cancel(by, now, Reason);
            db.JournalEntries.Add(charge.Reverse(Bill.ReversalKeyOf(billId), today, now, by, Reason));
        }
    }
}
