using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>The lifecycle's table on the one context, beside the area that owns it.</summary>
public static class LifecycleData
{
    extension(UtilityDbContext db)
    {
        public DbSet<ServiceChange> ServiceChanges => db.Set<ServiceChange>();
    }
}
