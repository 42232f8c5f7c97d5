using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class GatewayEventRecordConfiguration : IEntityTypeConfiguration<GatewayEventRecord>
{
    public void Configure(EntityTypeBuilder<GatewayEventRecord> builder)
    {
        builder.ToTable("GatewayEvents");

        // The key is the unique index a duplicate delivery runs into.
        builder.HasKey(e => new { e.Gateway, e.EventId });
        builder.Property(e => e.Gateway).HasMaxLength(20);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Type).HasMaxLength(100);
    }
}
