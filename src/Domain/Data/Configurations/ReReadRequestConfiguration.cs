using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ReReadRequestConfiguration : IEntityTypeConfiguration<ReReadRequest>
{
    public void Configure(EntityTypeBuilder<ReReadRequest> builder)
    {
        builder.ToTable("ReReadRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(BillExceptionItem.ReasonMaxLength);
        builder.Property(r => r.RequestedBy).HasMaxLength(120);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(r => r.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bill>().WithMany().HasForeignKey(r => r.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Status);
    }
}
