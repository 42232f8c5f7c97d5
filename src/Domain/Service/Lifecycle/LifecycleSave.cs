using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>The one save of a lifecycle request; a race (the next account number, the same account asked twice at once) asks to try again.</summary>
internal static class LifecycleSave
{
    public static async Task SaveAsync(UtilityDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict, "Someone else changed this a moment ago; please try again.");
        }
    }
}
