using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing;

/// <summary>
/// The billing tables as members of the context. They live here, beside the entities, rather than in
/// <see cref="UtilityDbContext"/>, so that the areas built at the same time do not all edit one file; the
/// configurations are picked up from Data/Configurations like every other entity's.
/// </summary>
public static class BillingSets
{
    extension(UtilityDbContext db)
    {
        public DbSet<Bill> Bills => db.Set<Bill>();

        public DbSet<BillLine> BillLines => db.Set<BillLine>();

        public DbSet<BillRead> BillReads => db.Set<BillRead>();

        public DbSet<BillExceptionItem> BillExceptions => db.Set<BillExceptionItem>();

        public DbSet<BillRun> BillRuns => db.Set<BillRun>();

        public DbSet<ReReadRequest> ReReadRequests => db.Set<ReReadRequest>();

        public DbSet<RateScheduleVersion> RateScheduleVersions => db.Set<RateScheduleVersion>();
    }
}
