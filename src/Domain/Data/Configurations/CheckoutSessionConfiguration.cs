using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSession>
{
    public void Configure(EntityTypeBuilder<CheckoutSession> builder)
    {
        builder.ToTable("CheckoutSessions");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasOne<UtilityUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Gateway).HasMaxLength(20);
        builder.Property(c => c.GatewaySessionId).HasMaxLength(255);
        builder.HasIndex(c => new { c.Gateway, c.GatewaySessionId });
        builder.Property(c => c.Total).IsMoney();
        builder.Property(c => c.SuccessUrl).HasMaxLength(CheckoutSession.UrlMaxLength);
        builder.Property(c => c.CancelUrl).HasMaxLength(CheckoutSession.UrlMaxLength);
        builder.Property(c => c.FailureReason).HasMaxLength(300);
        builder.HasIndex(c => new { c.UserId, c.CreatedAt });
    }
}
