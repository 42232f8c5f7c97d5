using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Development;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class EstimateVersionLineConfiguration : IEntityTypeConfiguration<EstimateVersionLine>
{
    public void Configure(EntityTypeBuilder<EstimateVersionLine> builder)
    {
        builder.ToTable("EstimateVersionLines");
        builder.Property(l => l.Description).HasMaxLength(EstimateExtraLine.DescriptionMaxLength);
        builder.Property(l => l.Reason).HasMaxLength(EstimateExtraLine.ReasonMaxLength);
        builder.Property(l => l.Amount).IsMoney();
        builder.HasIndex(l => new { l.VersionId, l.Sequence }).IsUnique();
    }
}
