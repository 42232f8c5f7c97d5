using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Amount).IsMoney();
        builder.Property(p => p.ReceiptNumber).HasMaxLength(20);
        builder.HasIndex(p => p.ReceiptNumber).IsUnique();
        builder.Property(p => p.Reference).HasMaxLength(Payment.ReferenceMaxLength);
        builder.Property(p => p.GatewayReference).HasMaxLength(Payment.ReferenceMaxLength);
        builder.Property(p => p.ReceivedBy).HasMaxLength(120);
        builder.Property(p => p.FailureReason).HasMaxLength(300);
        builder.Property(p => p.ReversalReason).HasMaxLength(300);
        builder.Ignore(p => p.JournalKey);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(p => p.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ServiceAccountId, p.ReceivedAt });
        // Each of these is set on one kind of payment only, so most rows hold NULL. Filtered, the index holds just the
        // rows that have one: SQLite's statistics (ANALYZE) would otherwise count the NULLs as one value shared by
        // nearly every row, and its planner would then scan the whole table instead (a webhook looking up its checkout
        // read every payment).
        foreach (var column in new[] { nameof(Payment.CheckoutId), nameof(Payment.GatewayReference), nameof(Payment.CashierBatchId), nameof(Payment.LockboxBatchId) })
        {
            builder.HasIndex(column).HasFilter($"\"{column}\" IS NOT NULL");
        }
    }
}
