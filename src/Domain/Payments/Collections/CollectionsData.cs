using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>The collections tables on the one context, kept beside the area that owns them.</summary>
public static class CollectionsData
{
    extension(UtilityDbContext db)
    {
        public DbSet<CollectionHold> CollectionHolds => db.Set<CollectionHold>();

        public DbSet<ShutOffCase> ShutOffCases => db.Set<ShutOffCase>();

        public DbSet<PastDueNotice> PastDueNotices => db.Set<PastDueNotice>();
    }
}
