using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Development;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class EstimateExtraLineConfiguration : IEntityTypeConfiguration<EstimateExtraLine>
{
    public void Configure(EntityTypeBuilder<EstimateExtraLine> builder)
    {
        builder.ToTable("EstimateExtraLines");
        builder.Property(l => l.Description).HasMaxLength(EstimateExtraLine.DescriptionMaxLength);
        builder.Property(l => l.Reason).HasMaxLength(EstimateExtraLine.ReasonMaxLength);
        builder.Property(l => l.Amount).IsMoney();
        builder.HasIndex(l => new { l.EstimateId, l.Sequence }).IsUnique();
    }
}
