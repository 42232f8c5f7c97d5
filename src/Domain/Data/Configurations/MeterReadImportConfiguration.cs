using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class MeterReadImportConfiguration : IEntityTypeConfiguration<MeterReadImport>
{
    public void Configure(EntityTypeBuilder<MeterReadImport> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(MeterReadImport.FileNameMaxLength);
        builder.Property(i => i.ImportedByUserId).HasMaxLength(450);
        builder.Property(i => i.ImportedBy).HasMaxLength(120);
        builder.HasIndex(i => i.ImportedAt);
    }
}
