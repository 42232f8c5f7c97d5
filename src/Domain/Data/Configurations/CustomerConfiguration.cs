using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(2);
        builder.Property(c => c.HomePhone).IsPhone();
        builder.Property(c => c.MobilePhone).IsPhone();
        builder.OwnsAddress(c => c.MailingAddress, "Mailing", required: true);
        builder.OwnsAddress(c => c.TemporaryMailingAddress, "Temporary", required: false);
        builder.ComplexProperty(c => c.SmsConsent, consent =>
        {
            consent.Property(x => x.Given).HasColumnName("SmsConsentGiven");
            consent.Property(x => x.RecordedAt).HasColumnName("SmsConsentRecordedAt");
            consent.Property(x => x.Source).HasColumnName("SmsConsentSource").HasMaxLength(60);
        });
    }
}
