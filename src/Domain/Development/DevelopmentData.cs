using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Development;

/// <summary>The Development area's tables on the one context, kept beside the area that owns them.</summary>
public static class DevelopmentData
{
    extension(UtilityDbContext db)
    {
        public DbSet<ContractorEstimate> ContractorEstimates => db.Set<ContractorEstimate>();

        public DbSet<EstimateVersion> EstimateVersions => db.Set<EstimateVersion>();
    }
}
