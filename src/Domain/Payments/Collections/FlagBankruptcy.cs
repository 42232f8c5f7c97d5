using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

public sealed record FlagBankruptcyInput(string AccountNumber, string? CaseNumber, int Chapter, DateOnly FiledOn);

/// <summary>
/// Flags an account as under bankruptcy: collection actions stop (past-due notices, the shut-off list, the delinquency
/// fee) and the balance as of the filing date is kept apart as the pre-petition balance; charges after filing remain
/// collectable. A second flag while one is in force is refused. Audited.
/// </summary>
public sealed class FlagBankruptcy(UtilityDbContext db, TimeProvider clock)
{
    public async Task<CollectionHold> HandleAsync(Actor actor, FlagBankruptcyInput input, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        var account = await CollectionsLookup.AccountAsync(db, input.AccountNumber, ct);
        var today = BillingTime.Today(clock);
        var key = CollectionHold.OpenKeyOf(account.Id, CollectionHoldKind.Bankruptcy);
        if (await db.CollectionHolds.AnyAsync(h => h.OpenKey == key, ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "This account is already flagged for bankruptcy; release that flag first.", "caseNumber");
        }

        var filedOn = input.FiledOn;
        var prePetition = new Money(await db.JournalEntries.AsNoTracking()
            .Where(e => e.ServiceAccountId == account.Id && e.EffectiveOn <= filedOn)
            .SumAsync(e => (decimal)(object)e.Amount, ct));
        var now = clock.GetUtcNow();
        var hold = CollectionHold.Bankruptcy(account.Id, input.CaseNumber, input.Chapter, filedOn, prePetition, today, now, actor.Name);
        db.CollectionHolds.Add(hold);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "BankruptcyFlagged", "ServiceAccount", account.Number.Value, "Bankruptcy", null,
            $"case {hold.CaseNumber}, chapter {hold.Chapter}, filed {filedOn:yyyy-MM-dd}, pre-petition {prePetition}"));
        await HoldSaving.SaveAsync(db, "This account is already flagged for bankruptcy; release that flag first.", "caseNumber", ct);
        return hold;
    }
}

/// <summary>Saves a new hold; the unique open key turns a flag placed a moment earlier by someone else into a clear refusal.</summary>
internal static class HoldSaving
{
    public static async Task SaveAsync(UtilityDbContext db, string duplicateMessage, string field, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, duplicateMessage, field);
        }
    }
}
