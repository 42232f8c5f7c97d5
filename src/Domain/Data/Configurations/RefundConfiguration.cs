using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("Refunds");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Amount).IsMoney();
        builder.Property(r => r.GatewayReference).HasMaxLength(Payment.ReferenceMaxLength);
        // The gateway's refund id is recorded once: a repeated charge.refunded finds it and posts nothing.
        builder.HasIndex(r => r.GatewayReference).IsUnique().HasFilter("\"GatewayReference\" IS NOT NULL");
        builder.Property(r => r.Payee).HasMaxLength(120);
        builder.OwnsAddress(r => r.MailingAddress, "Mailing", required: false);
        builder.Property(r => r.Reason).HasMaxLength(Refund.TextMaxLength);
        builder.Property(r => r.DeclineReason).HasMaxLength(Refund.TextMaxLength);
        builder.Property(r => r.RequestedBy).HasMaxLength(120);
        builder.Ignore(r => r.JournalKey);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(r => r.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ServiceAccountId, r.RequestedAt });
        builder.HasIndex(r => r.PaymentId);
        builder.HasIndex(r => r.RequestedAt);
    }
}
