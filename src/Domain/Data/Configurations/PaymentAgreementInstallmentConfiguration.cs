using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class PaymentAgreementInstallmentConfiguration : IEntityTypeConfiguration<PaymentAgreementInstallment>
{
    public void Configure(EntityTypeBuilder<PaymentAgreementInstallment> builder)
    {
        builder.ToTable("PaymentAgreementInstallments");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Amount).IsMoney();
        builder.HasIndex(i => new { i.AgreementId, i.Number }).IsUnique();

        // The bill looks up installments due in its period.
        builder.HasIndex(i => i.DueOn);
    }
}
