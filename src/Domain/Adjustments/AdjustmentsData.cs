using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>The Adjustments area's tables on the one context, kept beside the area that owns them.</summary>
public static class AdjustmentsData
{
    extension(UtilityDbContext db)
    {
        public DbSet<AdjustmentRequest> AdjustmentRequests => db.Set<AdjustmentRequest>();
    }
}
