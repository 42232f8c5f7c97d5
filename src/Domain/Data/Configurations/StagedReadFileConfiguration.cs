using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class StagedReadFileConfiguration : IEntityTypeConfiguration<StagedReadFile>
{
    public void Configure(EntityTypeBuilder<StagedReadFile> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.Property(f => f.FileName).HasMaxLength(MeterReadImport.FileNameMaxLength);
        builder.HasIndex(f => f.ExpiresAt);
    }
}
