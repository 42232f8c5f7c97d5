using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Accounts;

public sealed class CustomerType : ObjectGraphType<Customer>
{
    public CustomerType()
    {
        Name = "Customer";
        Description = "The person or organisation that holds an account and receives its bills.";
        Field(c => c.Name);
        Field(c => c.Kind, type: typeof(NonNullGraphType<CustomerKindType>));
        Field(c => c.Email, nullable: true);
        Field(c => c.MailingAddress, type: typeof(NonNullGraphType<AddressType>));
        Field(c => c.TemporaryMailingAddress, type: typeof(AddressType)).Description("Where bills go while the customer is away.");
        Field(c => c.TemporaryAddressEndsOn, type: typeof(DateScalar));
        Field<StringGraphType>("homePhone").Description("E.164, for example +13055550123.").Resolve(c => c.Source.HomePhone?.E164);
        Field<StringGraphType>("mobilePhone").Description("E.164; high-bill text messages go here when the customer consented.")
            .Resolve(c => c.Source.MobilePhone?.E164);
        Field(c => c.PreferredLanguage).Description("en or es.");
        Field(c => c.SmsConsent, type: typeof(NonNullGraphType<SmsConsentType>));
    }
}

public sealed class SmsConsentType : ObjectGraphType<SmsConsent>
{
    public SmsConsentType()
    {
        Name = "SmsConsent";
        Description = "The customer's answer to \"may we text you?\", with when and where it was given.";
        Field(s => s.Given);
        Field(s => s.RecordedAt, type: typeof(DateTimeScalar));
        Field(s => s.Source, nullable: true);
    }
}
