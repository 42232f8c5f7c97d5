using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class LockboxStagedFileConfiguration : IEntityTypeConfiguration<LockboxStagedFile>
{
    public void Configure(EntityTypeBuilder<LockboxStagedFile> builder)
    {
        builder.ToTable("LockboxStagedFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.Property(f => f.FileName).HasMaxLength(LockboxBatch.FileNameMaxLength);
        builder.HasIndex(f => f.ExpiresAt);
    }
}
