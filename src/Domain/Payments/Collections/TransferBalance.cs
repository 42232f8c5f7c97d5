using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record TransferBalanceInput(string FromAccountNumber, string ToAccountNumber);

public sealed record TransferResult(string FromAccountNumber, string ToAccountNumber, Money Amount);

/// <summary>
/// Moves a closed (or final-billed) account's whole balance to the same customer's active account: a transfer pair
/// that nets to zero, in one transaction, audited. A balance never moves to another customer (so a tenant's debt never
/// lands on the owner or a new tenant) nor to an account not in service. The key names both accounts and the source's
/// latest entry, so repeating the request moves the balance once.
/// </summary>
public sealed class TransferBalance(UtilityDbContext db, TimeProvider clock)
{
    public async Task<TransferResult> HandleAsync(Actor actor, TransferBalanceInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var from = await CollectionsLookup.AccountAsync(db, input.FromAccountNumber, ct, "fromAccountNumber");
        var to = await CollectionsLookup.AccountAsync(db, input.ToAccountNumber, ct, "toAccountNumber");
        if (from.Id == to.Id)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a different account to transfer to.", "toAccountNumber");
        }

        if (from.Status is not (AccountStatus.FinalBilled or AccountStatus.Closed))
        {
            throw new DomainException(ErrorCodes.Conflict, "Only a closed or final-billed account's balance can be transferred.", "fromAccountNumber");
        }

        if (to.CustomerId != from.CustomerId)
        {
            throw new DomainException(ErrorCodes.Conflict, "A balance can only move to an account of the same customer.", "toAccountNumber");
        }

        if (to.Status != AccountStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, "The balance can only move to an account in service (active).", "toAccountNumber");
        }

        var entries = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == from.Id)
            .Select(e => new { e.Id, e.Amount }).ToListAsync(ct);
        var balance = entries.Select(e => e.Amount).Sum();
        if (balance.IsZero)
        {
            throw new DomainException(ErrorCodes.Conflict, "This account has no balance to transfer.", "fromAccountNumber");
        }

        var today = BillingTime.Today(clock);
        var now = clock.GetUtcNow();
        var key = $"transfer:{from.Id:N}:{entries.Max(e => e.Id):N}";
        var description = $"Balance transferred from account {from.Number.Value} to {to.Number.Value}";
        db.JournalEntries.AddRange(
            JournalEntry.Transfer(from.Id, to.Id, -balance, key + ":out", today, now, actor.Name, description),
            JournalEntry.Transfer(to.Id, from.Id, balance, key + ":in", today, now, actor.Name, description));
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "BalanceTransferred", "ServiceAccount", from.Number.Value, "Balance", AuditText.Of(balance),
            $"to {to.Number.Value}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "This balance was transferred a moment ago.", "fromAccountNumber");
        }

        return new TransferResult(from.Number.Value, to.Number.Value, balance);
    }
}
