using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Payments.Paperless;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PaperlessBillNoticeConfiguration : IEntityTypeConfiguration<PaperlessBillNotice>
{
    public void Configure(EntityTypeBuilder<PaperlessBillNotice> builder)
    {
        builder.ToTable("PaperlessBillNotices");
        builder.Property(n => n.Id).ValueGeneratedNever();

        // Each bill is announced once, whichever node gets there first.
        builder.HasIndex(n => n.BillId).IsUnique();
        builder.HasOne<Bill>().WithMany().HasForeignKey(n => n.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(n => n.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
