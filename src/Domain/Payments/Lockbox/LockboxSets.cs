using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>The lockbox tables as members of the context, beside the entities (as <c>BillingSets</c> does for billing).</summary>
public static class LockboxSets
{
    extension(UtilityDbContext db)
    {
        public DbSet<LockboxBatch> LockboxBatches => db.Set<LockboxBatch>();

        public DbSet<SuspenseItem> SuspenseItems => db.Set<SuspenseItem>();

        public DbSet<LockboxStagedFile> LockboxStagedFiles => db.Set<LockboxStagedFile>();
    }
}
