using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Payments.Collections;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PastDueNoticeConfiguration : IEntityTypeConfiguration<PastDueNotice>
{
    public void Configure(EntityTypeBuilder<PastDueNotice> builder)
    {
        builder.ToTable("PastDueNotices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        // A bill is noticed once, whichever node or staff member runs the notices.
        builder.HasIndex(n => n.BillId).IsUnique();
        builder.Property(n => n.AmountPastDue).IsMoney();
        builder.Property(n => n.Channels).HasMaxLength(20);
        builder.HasOne<Bill>().WithMany().HasForeignKey(n => n.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(n => n.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.ServiceAccountId, n.CreatedAt });
    }
}
