using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ServiceAccountConfiguration : IEntityTypeConfiguration<ServiceAccount>
{
    public void Configure(EntityTypeBuilder<ServiceAccount> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Number)
            .HasConversion(n => n.Value, s => AccountNumber.Parse(s, "accountNumber"))
            .HasMaxLength(10);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasOne(a => a.Customer).WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Premise).WithMany().HasForeignKey(a => a.PremiseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CustomerId);
        builder.HasIndex(a => a.PremiseId);
        builder.HasIndex(a => new { a.BillingCycle, a.Status });
    }
}
