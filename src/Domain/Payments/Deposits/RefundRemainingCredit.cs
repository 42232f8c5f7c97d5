using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.Domain.Payments.Deposits;

public sealed record RefundRemainingCreditInput(string? AccountNumber);

/// <summary>
/// After the final bill applied the deposit, what credit remains goes back to the customer by a check request: a
/// refund entry (key <c>deposit-refund:{accountId}</c>, so once per account) for the whole credit, audited. Only a
/// final-billed or closed account with a credit balance; SpecialistII and above.
/// </summary>
public sealed class RefundRemainingCredit(UtilityDbContext db, AccountAccess access, DepositSection section, TimeProvider clock)
{
    public async Task<DepositView> HandleAsync(Actor actor, RefundRemainingCreditInput input, CancellationToken ct = default)
    {
        DepositAccess.RequireRefunder(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        var status = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Status).SingleAsync(ct);
        if (status is not (AccountStatus.FinalBilled or AccountStatus.Closed))
        {
            throw new DomainException(ErrorCodes.Conflict, "The remaining credit is refunded after the final bill.", nameof(input.AccountNumber));
        }

        // Under the account's credit lock, so a staff refund racing this one cannot take the same credit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await AccountCreditLock.TakeAsync(db, accountId, ct);
        var key = DepositRequirement.RefundKeyOf(accountId);
        var ledger = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId)
            .Select(e => new { e.Amount, e.DepositAmount, e.IdempotencyKey }).ToListAsync(ct);
        if (ledger.Any(e => e.IdempotencyKey == key))
        {
            throw new DomainException(ErrorCodes.Conflict, "The remaining credit was already refunded.");
        }

        if (ledger.Select(e => e.DepositAmount).Sum().IsPositive)
        {
            throw new DomainException(ErrorCodes.Conflict, "A deposit is still held; issue the final bill, which applies it, first.");
        }

        var balance = ledger.Select(e => e.Amount).Sum();
        if (!balance.IsNegative)
        {
            throw new DomainException(ErrorCodes.Conflict, "The account has no credit to refund.");
        }

        var now = clock.GetUtcNow();
        var credit = -balance;
        db.JournalEntries.Add(JournalEntry.Refund(accountId, credit, key, DateOnly.FromDateTime(now.UtcDateTime), now, actor.Name,
            "Check request: credit remaining after the final bill"));
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "RefundRemainingCredit", "ServiceAccount", accountId.ToString(), "Refund", null,
            credit.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict, "The remaining credit was already refunded.");
        }

        return await section.GetAsync(actor, accountId, ct);
    }
}
