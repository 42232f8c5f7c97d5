using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.SerialNumber).HasMaxLength(30);
        builder.HasIndex(m => m.SerialNumber).IsUnique();
        builder.Property(m => m.RadioId).HasMaxLength(30);
        builder.HasIndex(m => m.RadioId);
        builder.Property(m => m.Size).HasConversion(s => s.Label, s => MeterSize.Parse(s, "meterSize")).HasMaxLength(10);
        builder.HasOne<Premise>().WithMany().HasForeignKey(m => m.PremiseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.PremiseId);
    }
}
