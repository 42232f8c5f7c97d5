using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Collections;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ShutOffCaseConfiguration : IEntityTypeConfiguration<ShutOffCase>
{
    public void Configure(EntityTypeBuilder<ShutOffCase> builder)
    {
        builder.ToTable("ShutOffCases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        // One open delinquency episode per account: two staff processing the same account at once open one.
        builder.HasIndex(c => c.OpenForAccountId).IsUnique();
        builder.Property(c => c.PastDueAtProcessing).IsMoney();
        builder.Property(c => c.Fee).IsMoney();
        builder.Property(c => c.ProcessedBy).HasMaxLength(120);
        builder.Property(c => c.RestoredBy).HasMaxLength(120);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.FeeKey);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(c => c.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ServiceAccountId, c.ProcessedAt });
    }
}
