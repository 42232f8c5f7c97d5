using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class BillLineConfiguration : IEntityTypeConfiguration<BillLine>
{
    public void Configure(EntityTypeBuilder<BillLine> builder)
    {
        builder.ToTable("BillLines");
        builder.Property(l => l.Description).HasMaxLength(BillLine.DescriptionMaxLength);
        builder.Property(l => l.Quantity).HasPrecision(18, 2);
        builder.Property(l => l.Rate).HasPrecision(18, 4);
        builder.Property(l => l.Amount).IsMoney();
    }
}
