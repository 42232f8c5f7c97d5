using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Development;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class EstimateVersionConfiguration : IEntityTypeConfiguration<EstimateVersion>
{
    public void Configure(EntityTypeBuilder<EstimateVersion> builder)
    {
        builder.ToTable("EstimateVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ScheduleCode).HasMaxLength(Billing.Rates.RateScheduleVersion.CodeMaxLength);
        builder.Property(v => v.Ercs).HasPrecision(18, 2);
        builder.Property(v => v.Total).IsMoney();
        builder.Property(v => v.IssuedBy).HasMaxLength(ContractorEstimate.NameMaxLength);
        builder.Property(v => v.RevisedBy).HasMaxLength(ContractorEstimate.NameMaxLength);
        builder.Property(v => v.RevisedReason).HasMaxLength(EstimateVersion.ReasonMaxLength);
        builder.Ignore(v => v.Fees);
        builder.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VersionId).OnDelete(DeleteBehavior.Cascade);

        // Each issue keeps its number.
        builder.HasIndex(v => new { v.EstimateId, v.Version }).IsUnique();
    }
}
