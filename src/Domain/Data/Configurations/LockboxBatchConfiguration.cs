using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class LockboxBatchConfiguration : IEntityTypeConfiguration<LockboxBatch>
{
    public void Configure(EntityTypeBuilder<LockboxBatch> builder)
    {
        builder.ToTable("LockboxBatches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.FileName).HasMaxLength(LockboxBatch.FileNameMaxLength);
        builder.Property(b => b.FileHash).HasMaxLength(64);
        // The same file imported twice finds the first batch: it never posts again.
        builder.HasIndex(b => b.FileHash).IsUnique();
        builder.Property(b => b.ImportedByUserId).HasMaxLength(450);
        builder.Property(b => b.ImportedBy).HasMaxLength(120);
        builder.Property(b => b.PostedTotal).IsMoney();
        builder.Property(b => b.SuspenseTotal).IsMoney();
        builder.Ignore(b => b.Total);
        builder.HasIndex(b => b.ImportedAt);
        builder.HasMany<Payment>().WithOne().HasForeignKey(p => p.LockboxBatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
