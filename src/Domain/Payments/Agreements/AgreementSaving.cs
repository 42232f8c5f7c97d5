using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>Saves a change to an agreement; two changes racing on one agreement (accepting twice at once) let one through.</summary>
internal static class AgreementSaving
{
    public static async Task SaveAsync(UtilityDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "This agreement was changed by someone else a moment ago; reload it and try again.");
        }
    }
}
