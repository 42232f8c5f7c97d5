using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Subject).HasMaxLength(120);
        builder.Property(i => i.Note).HasMaxLength(4000);
        builder.Property(i => i.RecordedBy).HasMaxLength(120);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(i => i.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ServiceAccountId, i.At });
    }
}
