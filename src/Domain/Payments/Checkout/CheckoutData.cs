using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>The checkout tables on the one context, kept beside the area that owns them.</summary>
public static class CheckoutData
{
    extension(UtilityDbContext db)
    {
        public DbSet<CheckoutSession> CheckoutSessions => db.Set<CheckoutSession>();

        public DbSet<GatewayEventRecord> GatewayEvents => db.Set<GatewayEventRecord>();
    }
}
