using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class MeterReadConfiguration : IEntityTypeConfiguration<MeterRead>
{
    public void Configure(EntityTypeBuilder<MeterRead> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Meter>().WithMany().HasForeignKey(r => r.MeterId).OnDelete(DeleteBehavior.Restrict);
        // One read per meter and moment: importing the same read twice finds it here. The same index serves every
        // "reads of these meters between two dates" query (a bill run's opening and closing reads, the usage chart).
        builder.HasIndex(r => new { r.MeterId, r.ReadAt }).IsUnique();
        builder.Property(r => r.Reader).HasMaxLength(MeterRead.ReaderMaxLength);
        builder.Property(r => r.Flags).HasMaxLength(MeterRead.FlagsMaxLength);
        builder.HasOne<MeterReadImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
        // Filtered: only imported reads carry it, and the seeded history stays out of the index.
        builder.HasIndex(r => r.ImportId).HasFilter("\"ImportId\" IS NOT NULL");
    }
}
