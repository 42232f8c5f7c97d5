using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AccountSearchTermConfiguration : IEntityTypeConfiguration<AccountSearchTerm>
{
    public void Configure(EntityTypeBuilder<AccountSearchTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(120);
        // Covering index: a prefix range scan returns account ids without touching the table.
        builder.HasIndex(t => new { t.Term, t.ServiceAccountId });
        builder.HasIndex(t => t.ServiceAccountId);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(t => t.ServiceAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
