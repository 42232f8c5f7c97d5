using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PremiseConfiguration : IEntityTypeConfiguration<Premise>
{
    public void Configure(EntityTypeBuilder<Premise> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ParcelId).HasMaxLength(30);
        builder.HasIndex(p => p.ParcelId);
        builder.Property(p => p.OwnerOfRecord).HasMaxLength(120);
        builder.OwnsAddress(p => p.ServiceAddress, "Service", required: true);
    }
}
