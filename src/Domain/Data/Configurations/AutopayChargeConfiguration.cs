using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AutopayChargeConfiguration : IEntityTypeConfiguration<AutopayCharge>
{
    public void Configure(EntityTypeBuilder<AutopayCharge> builder)
    {
        builder.ToTable("AutopayCharges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Amount).IsMoney();
        builder.Property(c => c.FailureReason).HasMaxLength(300);
        builder.Property(c => c.ClaimedBy).HasMaxLength(100);
        builder.Property(c => c.ClaimToken).IsConcurrencyToken();
        builder.Ignore(c => c.IdempotencyKey);

        // The claim: one charge per bill, ever.
        builder.HasIndex(c => c.BillId).IsUnique();
        builder.HasOne<Bill>().WithMany().HasForeignKey(c => c.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AutopayEnrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(c => c.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(c => c.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.ClaimedUntil });
    }
}
