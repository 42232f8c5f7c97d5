using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Paperless;

/// <summary>
/// Chooses how an account's bills arrive: an e-mailed notice instead of paper (paperless) or paper. Going paperless
/// needs an e-mail address on file. The change is audited; choosing what is already set changes nothing.
/// Returns whether anything changed.
/// </summary>
public sealed class SetPaperless(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Actor actor, string accountNumber, bool paperless, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var account = await db.ServiceAccounts.Include(a => a.Customer).SingleAsync(a => a.Id == accountId, ct);
        if (paperless && account.Customer!.Email is null)
        {
            throw new DomainException(ErrorCodes.Invalid, "Add an e-mail address to your contact details before choosing e-mail bills.", nameof(paperless));
        }

        var now = clock.GetUtcNow();
        var before = account.IsPaperless;
        if (!account.ChooseBillDelivery(paperless, now))
        {
            return false;
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "BillDeliveryChanged", nameof(ServiceAccount), account.Id.ToString(), "Paperless",
            before ? "e-mail" : "paper", paperless ? "e-mail" : "paper"));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
