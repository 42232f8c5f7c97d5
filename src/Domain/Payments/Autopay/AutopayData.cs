using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Paperless;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>The autopay and paperless tables on the one context, kept beside the area that owns them.</summary>
public static class AutopayData
{
    extension(UtilityDbContext db)
    {
        public DbSet<AutopayEnrollment> AutopayEnrollments => db.Set<AutopayEnrollment>();

        public DbSet<AutopayCharge> AutopayCharges => db.Set<AutopayCharge>();

        public DbSet<PaperlessBillNotice> PaperlessBillNotices => db.Set<PaperlessBillNotice>();
    }
}
