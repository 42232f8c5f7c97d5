using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>The Notifications tables on the one context, kept beside the area that owns them.</summary>
public static class NotificationsData
{
    extension(UtilityDbContext db)
    {
        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();

        public DbSet<SmsOptOut> SmsOptOuts => db.Set<SmsOptOut>();

        public DbSet<HighBillPortalNotice> HighBillPortalNotices => db.Set<HighBillPortalNotice>();
    }
}
