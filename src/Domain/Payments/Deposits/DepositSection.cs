using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>An account's deposit as staff see it: what was required and billed, what is held, waived, applied and refunded.</summary>
/// <param name="Status">Null when no deposit was ever required.</param>
/// <param name="Held">The deposit held now, apart from the balance.</param>
/// <param name="Applied">Deposit applied to the final bill.</param>
/// <param name="Refunded">Remaining credit refunded after the final bill.</param>
/// <param name="Balance">What the customer owes (negative: a credit).</param>
public sealed record DepositView(
    Guid AccountId,
    string AccountNumber,
    AccountStatus AccountStatus,
    DepositStatus? Status,
    Money Required,
    Guid? BillId,
    BillStatus? BillStatus,
    Money Held,
    Money Applied,
    Money Refunded,
    Money Balance,
    DateTimeOffset? WaivedAt,
    string? WaivedBy,
    string? WaiverReason)
{
    public bool CanRequire => Status is null && AccountStatus is AccountStatus.Pending or AccountStatus.Active;

    public bool CanWaive => Status is null or DepositStatus.Billed;

    public bool CanRefund => AccountStatus is AccountStatus.FinalBilled or AccountStatus.Closed && Balance.IsNegative && Held.IsZero && Refunded.IsZero;
}

/// <summary>Reads an account's deposit section; staff only.</summary>
public sealed class DepositSection(UtilityDbContext db, AccountAccess access)
{
    public async Task<DepositView> GetAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        DepositAccess.RequireStaff(actor);
        return await ViewAsync(await access.RequireAccountAsync(actor, accountNumber, ct), ct);
    }

    public async Task<DepositView> GetAsync(Actor actor, Guid accountId, CancellationToken ct = default)
    {
        DepositAccess.RequireStaff(actor);
        await access.RequireAccountAsync(actor, accountId, ct);
        return await ViewAsync(accountId, ct);
    }

    private async Task<DepositView> ViewAsync(Guid accountId, CancellationToken ct)
    {
        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Number, a.Status }).SingleAsync(ct);
        var requirement = await db.DepositRequirements.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceAccountId == accountId, ct);
        BillStatus? billStatus = requirement?.BillId is { } billId
            ? await db.Bills.AsNoTracking().Where(b => b.Id == billId).Select(b => (BillStatus?)b.Status).SingleOrDefaultAsync(ct)
            : null;
        var refundKey = DepositRequirement.RefundKeyOf(accountId);
        var ledger = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId)
            .Select(e => new { e.Kind, e.Amount, e.DepositAmount, e.IdempotencyKey }).ToListAsync(ct);
        return new DepositView(accountId, account.Number.Value, account.Status, requirement?.Status, requirement?.Amount ?? Money.Zero, requirement?.BillId,
            billStatus,
            ledger.Select(e => e.DepositAmount).Sum(),
            -ledger.Where(e => e.Kind == EntryKind.DepositApplication).Select(e => e.DepositAmount).Sum(),
            ledger.Where(e => e.IdempotencyKey == refundKey).Select(e => e.Amount).Sum(),
            ledger.Select(e => e.Amount).Sum(),
            requirement?.WaivedAt, requirement?.WaivedBy, requirement?.WaiverReason);
    }
}
