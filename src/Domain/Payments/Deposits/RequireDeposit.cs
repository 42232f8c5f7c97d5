using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Deposits;

public sealed record RequireDepositInput(string? AccountNumber);

/// <summary>
/// Requires the deposit for new service: billing's deposit bill (<see cref="PrepareBill"/>, which looks the amount up
/// by class and meter size in the schedule in effect) is drafted, the requirement recorded with it, and the bill issued
/// (<see cref="IssueBill"/>). Those are three saves; a crash between them leaves a requirement with a draft bill, which
/// the next call issues instead of billing again.
/// </summary>
public sealed class RequireDeposit(UtilityDbContext db, AccountAccess access, PrepareBill prepare, IssueBill issue, DepositSection section, TimeProvider clock)
{
    public async Task<DepositView> HandleAsync(Actor actor, RequireDepositInput input, CancellationToken ct = default)
    {
        DepositAccess.RequireStaff(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        var status = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Status).SingleAsync(ct);
        var existing = await db.DepositRequirements.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceAccountId == accountId, ct);
        Guid billId;
        if (existing is null)
        {
            if (status is not (AccountStatus.Pending or AccountStatus.Active))
            {
                throw new DomainException(ErrorCodes.Conflict, $"A deposit is required for new service; this account is {status}.", nameof(input.AccountNumber));
            }

            var drafted = await prepare.HandleAsync(actor, new PrepareBillInput(input.AccountNumber, BillKind.Deposit), ct);
            var now = clock.GetUtcNow();
            db.DepositRequirements.Add(DepositRequirement.Billed(accountId, drafted.CurrentCharges, drafted.Id, now, actor.Name));
            db.AuditEntries.Add(new AuditEntry(now, actor.Name, "RequireDeposit", nameof(DepositRequirement), accountId.ToString(), "Amount", null,
                drafted.CurrentCharges.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
            await db.SaveChangesAsync(ct);
            billId = drafted.Id;
        }
        else if (existing is { Status: DepositStatus.Billed, BillId: { } draftId }
                 && await db.Bills.AnyAsync(b => b.Id == draftId && b.Status == BillStatus.Draft, ct))
        {
            billId = draftId;
        }
        else
        {
            throw new DomainException(ErrorCodes.Conflict, $"This account's deposit is already {existing.Status.ToString().ToLowerInvariant()}.", nameof(input.AccountNumber));
        }

        await issue.HandleAsync(actor, new IssueBillInput(billId), ct);
        return await section.GetAsync(actor, accountId, ct);
    }
}
