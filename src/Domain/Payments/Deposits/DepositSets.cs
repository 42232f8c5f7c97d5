using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>The deposit table as a member of the context, beside the entity (as <c>BillingSets</c> does for billing).</summary>
public static class DepositSets
{
    extension(UtilityDbContext db)
    {
        public DbSet<DepositRequirement> DepositRequirements => db.Set<DepositRequirement>();
    }
}
