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
        builder.HasIndex(p => p.GatewayReference);
        builder.Property(p => p.ReceivedBy).HasMaxLength(120);
        builder.Property(p => p.FailureReason).HasMaxLength(300);
        builder.Property(p => p.ReversalReason).HasMaxLength(300);
        builder.Ignore(p => p.JournalKey);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(p => p.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ServiceAccountId, p.ReceivedAt });
        builder.HasIndex(p => p.CheckoutId);
        builder.HasIndex(p => p.CashierBatchId);
        builder.HasIndex(p => p.LockboxBatchId);
    }
}
