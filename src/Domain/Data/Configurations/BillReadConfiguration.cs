using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class BillReadConfiguration : IEntityTypeConfiguration<BillRead>
{
    public void Configure(EntityTypeBuilder<BillRead> builder)
    {
        builder.ToTable("BillReads");
        // No foreign key to Meters: the bill keeps the serial it was read from, and a million-bill run would pay for
        // the extra index without any query that needs it.
        builder.Property(r => r.MeterSerial).HasMaxLength(30);
    }
}
