using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Amount).IsMoney();
        builder.Property(e => e.DepositAmount).IsMoney();
        builder.Property(e => e.IdempotencyKey).HasMaxLength(200);
        // The unique key is what makes a retried or duplicated posting land exactly once.
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        // Partial: only reversals carry the column, and the index need not hold a row for every other entry.
        // The quoted identifier is valid on SQLite, PostgreSQL and SQL Server alike.
        builder.HasIndex(e => e.ReversesEntryId).IsUnique().HasFilter("\"ReversesEntryId\" IS NOT NULL");
        builder.Property(e => e.PostedBy).HasMaxLength(120);
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(e => e.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ServiceAccountId, e.EffectiveOn });
    }
}
