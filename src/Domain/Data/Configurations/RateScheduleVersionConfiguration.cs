using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Billing.Rates;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class RateScheduleVersionConfiguration : IEntityTypeConfiguration<RateScheduleVersion>
{
    public void Configure(EntityTypeBuilder<RateScheduleVersion> builder)
    {
        builder.ToTable("RateScheduleVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Code).HasMaxLength(RateScheduleVersion.CodeMaxLength);
        // Two nodes importing or uploading at once cannot both write version n of a code.
        builder.HasIndex(v => new { v.Code, v.Version }).IsUnique();
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.Source).HasMaxLength(200);
        builder.Property(v => v.UploadedBy).HasMaxLength(120);
    }
}
