using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class DepositRequirementConfiguration : IEntityTypeConfiguration<DepositRequirement>
{
    public void Configure(EntityTypeBuilder<DepositRequirement> builder)
    {
        builder.ToTable("DepositRequirements");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Amount).IsMoney();
        builder.Property(d => d.RequiredBy).HasMaxLength(120);
        builder.Property(d => d.WaivedBy).HasMaxLength(120);
        builder.Property(d => d.WaiverReason).HasMaxLength(DepositRequirement.ReasonMaxLength);
        // Holding and waiving race on the same row: the status decides who wins.
        builder.Property(d => d.Status).IsConcurrencyToken();
        builder.Ignore(d => d.HeldKey);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(d => d.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ServiceAccountId).IsUnique();
        builder.HasOne<Bill>().WithMany().HasForeignKey(d => d.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.Status);
    }
}
