using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        // The claim statements in OutboxClaims name this table and its columns in SQL.
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Key).HasMaxLength(120);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(OutboxMessage.MaxBodyLength);
        builder.Property(m => m.Language).HasMaxLength(2);
        builder.Property(m => m.Purpose).HasMaxLength(40);
        builder.Property(m => m.Provider).HasMaxLength(20);
        builder.Property(m => m.ProviderMessageId).HasMaxLength(64);
        builder.Property(m => m.ProviderStatus).HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);

        // What the claim scans, what status callbacks look up, what STOP suppresses, what the staff page lists.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.ProviderMessageId);
        builder.HasIndex(m => new { m.Recipient, m.Status });
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.ServiceAccountId);
    }
}
