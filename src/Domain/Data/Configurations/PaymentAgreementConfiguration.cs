using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PaymentAgreementConfiguration : IEntityTypeConfiguration<PaymentAgreement>
{
    public void Configure(EntityTypeBuilder<PaymentAgreement> builder)
    {
        builder.ToTable("PaymentAgreements");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.CoveredAmount).IsMoney();
        builder.Property(a => a.DownPayment).IsMoney();
        builder.Property(a => a.BalanceAtAcceptance).HasConversion(m => m!.Value.Amount, d => new Ledger.Money(d)).HasPrecision(18, 2);
        builder.Property(a => a.Terms).HasMaxLength(PaymentAgreement.TermsMaxLength);
        builder.Property(a => a.DraftedBy).HasMaxLength(120);
        builder.Property(a => a.AcceptedBy).HasMaxLength(120);
        builder.Property(a => a.SignerName).HasMaxLength(PaymentAgreement.NameMaxLength);
        builder.Property(a => a.CancelledBy).HasMaxLength(120);
        builder.Property(a => a.CancellationReason).HasMaxLength(PaymentAgreement.ReasonMaxLength);
        builder.Ignore(a => a.IsOpen);

        // Every change of status is conditional on the status read, so two racing changes (accepting twice) let one through.
        builder.Property(a => a.Status).IsConcurrencyToken();
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(a => a.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ServiceAccountId);

        // One draft or active agreement per account (OpenForAccountId is null once it is closed).
        builder.HasIndex(a => a.OpenForAccountId).IsUnique();

        // What the default job scans and what the staff lists filter on.
        builder.HasIndex(a => new { a.Status, a.ReviewedOn });
        builder.HasMany(a => a.Installments).WithOne().HasForeignKey(i => i.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Installments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
