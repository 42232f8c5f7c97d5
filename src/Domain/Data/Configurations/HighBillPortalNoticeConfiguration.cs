using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class HighBillPortalNoticeConfiguration : IEntityTypeConfiguration<HighBillPortalNotice>
{
    public void Configure(EntityTypeBuilder<HighBillPortalNotice> builder)
    {
        builder.ToTable("HighBillPortalNotices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.ProjectedAmount).IsMoney();

        // One notice per bill: a repeated notification finds it and adds nothing, even when two race.
        builder.HasIndex(n => n.BillId).IsUnique();
        builder.HasIndex(n => new { n.ServiceAccountId, n.CreatedAt });
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(n => n.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
