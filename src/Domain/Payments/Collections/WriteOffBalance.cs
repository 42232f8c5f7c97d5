using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record WriteOffBalanceInput(string AccountNumber, string? Reason);

public sealed record WriteOffResult(string AccountNumber, Money WrittenOff, Guid EntryId);

/// <summary>
/// A Supervisor writes the remaining balance of a final-billed or closed account off to bad debt, once the policy
/// period since the final bill (or the close of service) has passed: one write-off entry under the account's write-off
/// key (so it happens once), audited. Anyone else, or too early, is refused and nothing changes.
/// </summary>
public sealed class WriteOffBalance(UtilityDbContext db, TimeProvider clock, IOptions<CollectionsOptions> options)
{
    public async Task<WriteOffResult> HandleAsync(Actor actor, WriteOffBalanceInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        CollectionsAccess.RequireSupervisor(actor);
        var account = await CollectionsLookup.AccountAsync(db, input.AccountNumber, ct);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the balance is written off.", "reason");
        }

        var today = BillingTime.Today(clock);
        var eligibleFrom = await EligibleFromAsync(db, account, options.Value.WriteOffAfterDays, ct)
            ?? throw new DomainException(ErrorCodes.Conflict, "Only a final-billed or closed account's balance can be written off.", "accountNumber");
        if (today < eligibleFrom)
        {
            throw new DomainException(ErrorCodes.Conflict,
                $"The balance can be written off from {eligibleFrom:yyyy-MM-dd}, {options.Value.WriteOffAfterDays} days after the final bill.", "accountNumber");
        }

        var key = KeyOf(account.Id);
        if (await db.JournalEntries.AnyAsync(e => e.IdempotencyKey == key, ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "This account's balance has already been written off.", "accountNumber");
        }

        var balance = new Money(await db.JournalEntries.Where(e => e.ServiceAccountId == account.Id).SumAsync(e => (decimal)(object)e.Amount, ct));
        if (!balance.IsPositive)
        {
            throw new DomainException(ErrorCodes.Conflict, "This account owes nothing to write off.", "accountNumber");
        }

        var now = clock.GetUtcNow();
        var reason = input.Reason.Trim();
        var entry = JournalEntry.WriteOff(account.Id, balance, key, today, now, actor.Name, $"Written off to bad debt: {reason}");
        db.JournalEntries.Add(entry);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "BalanceWrittenOff", "ServiceAccount", account.Number.Value, "Balance", AuditText.Of(balance),
            AuditText.Of(Money.Zero)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "This account's balance has already been written off.", "accountNumber");
        }

        return new WriteOffResult(account.Number.Value, balance, entry.Id);
    }

    public static string KeyOf(Guid accountId) => $"write-off:{accountId:N}";

    /// <summary>The first day a write-off is allowed: the policy period after the final bill, or after service stopped without one; null while service runs.</summary>
    internal static async Task<DateOnly?> EligibleFromAsync(UtilityDbContext db, ServiceAccount account, int afterDays, CancellationToken ct)
    {
        if (account.Status is not (AccountStatus.FinalBilled or AccountStatus.Closed))
        {
            return null;
        }

        var accountId = account.Id;
        var finalBill = await db.Bills.AsNoTracking()
            .Where(b => b.ServiceAccountId == accountId && b.Kind == BillKind.Final && b.Status == BillStatus.Posted)
            .MaxAsync(b => b.IssuedOn, ct);
        var since = finalBill ?? account.ClosedOn ?? account.OpenedOn;
        return since.AddDays(afterDays);
    }
}
