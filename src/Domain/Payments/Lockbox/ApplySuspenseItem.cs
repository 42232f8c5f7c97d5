using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <param name="Note">Why this account (the remitter's name matched, the customer called).</param>
public sealed record ApplySuspenseItemInput(Guid SuspenseItemId, string? AccountNumber, string? Note = null);

/// <summary>
/// A specialist applies a suspense item to the account it belongs to: the check is posted as a lockbox payment then,
/// and the item marked applied, in one transaction with its audit entry. The item's status is a concurrency token, so
/// the same item applied twice (two specialists, a double click) posts once; the second is told it was already applied.
/// </summary>
public sealed class ApplySuspenseItem(UtilityDbContext db, PostPayment post, HoldPaidDeposits deposits, TimeProvider clock)
{
    public async Task<SuspenseItemView> HandleAsync(Actor actor, ApplySuspenseItemInput input, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        if (!Accounts.AccountNumber.TryParse(input.AccountNumber, out var number))
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the 10-digit account number the payment belongs to.", nameof(input.AccountNumber));
        }

        var item = await db.SuspenseItems.SingleOrDefaultAsync(s => s.Id == input.SuspenseItemId, ct) ?? throw DomainException.NotFound("Suspense item");
        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Number == number).Select(a => new { a.Id, a.Status }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException(ErrorCodes.NotFound, $"No account has the number {number}.", nameof(input.AccountNumber));
        if (account.Status == AccountStatus.Closed)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Account {number} is closed; apply the payment to the customer's open account.", nameof(input.AccountNumber));
        }

        var now = clock.GetUtcNow();
        var payment = item.ToPayment(account.Id);
        item.MarkApplied(payment, actor.Name, now, input.Note);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ApplySuspenseItem", nameof(SuspenseItem), item.Id.ToString(), "Account", item.AccountText,
            $"{number} (check {item.CheckNumber}, {item.Amount.Amount:0.00}){(item.Note is null ? string.Empty : ": " + item.Note)}"));
        try
        {
            await post.PostAsync(payment, actor.Name, $"Lockbox check {item.CheckNumber} (from suspense)", ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ErrorCodes.Conflict, "Someone applied or returned this payment a moment ago.");
        }

        await deposits.ForAccountsAsync([account.Id], ct);
        return await new ListSuspenseItems(db).GetAsync(actor, item.Id, ct);
    }
}
