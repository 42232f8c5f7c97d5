using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AutopayEnrollmentConfiguration : IEntityTypeConfiguration<AutopayEnrollment>
{
    public void Configure(EntityTypeBuilder<AutopayEnrollment> builder)
    {
        builder.ToTable("AutopayEnrollments");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Gateway).HasMaxLength(20);
        builder.Property(e => e.SetupSessionId).HasMaxLength(AutopayEnrollment.ReferenceMaxLength);
        builder.Property(e => e.CustomerReference).HasMaxLength(AutopayEnrollment.ReferenceMaxLength);
        builder.Property(e => e.PaymentMethodReference).HasMaxLength(AutopayEnrollment.ReferenceMaxLength);
        builder.Property(e => e.EnrolledBy).HasMaxLength(120);
        builder.Property(e => e.CancelledBy).HasMaxLength(120);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(e => e.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SetupSessionId).IsUnique();

        // One active enrolment per account, whoever races to complete a setup. The quoted identifier is valid on every provider.
        builder.HasIndex(e => e.ServiceAccountId)
            .IsUnique()
            .HasFilter($"\"Status\" = {(int)AutopayStatus.Active}")
            .HasDatabaseName("IX_AutopayEnrollments_OneActivePerAccount");
        builder.HasIndex(e => new { e.ServiceAccountId, e.Status });
    }
}
