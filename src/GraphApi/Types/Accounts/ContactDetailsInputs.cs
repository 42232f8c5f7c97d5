using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Accounts;

/// <summary>The account and its customer's full set of contact details, as the contact form sends them.</summary>
public sealed record UpdateContactDetailsArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public string? Email { get; init; }

    public AddressInput MailingAddress { get; init; } = new();

    public AddressInput? TemporaryMailingAddress { get; init; }

    public DateOnly? TemporaryAddressEndsOn { get; init; }

    public string? HomePhone { get; init; }

    public string? MobilePhone { get; init; }

    public string PreferredLanguage { get; init; } = Languages.English;

    public bool SmsConsent { get; init; }

    public ContactDetailsInput ToInput() => new()
    {
        Email = Email,
        MailingAddress = MailingAddress,
        TemporaryMailingAddress = TemporaryMailingAddress,
        TemporaryAddressEndsOn = TemporaryAddressEndsOn,
        HomePhone = HomePhone,
        MobilePhone = MobilePhone,
        PreferredLanguage = PreferredLanguage,
        SmsConsent = SmsConsent,
    };
}

public sealed class UpdateContactDetailsInputType : InputObjectGraphType<UpdateContactDetailsArgs>
{
    public UpdateContactDetailsInputType()
    {
        Name = "UpdateContactDetailsInput";
        Description = "Replaces all of the customer's contact details: an optional field left out is cleared.";
        Field(i => i.AccountNumber);
        Field(i => i.Email, nullable: true);
        Field(i => i.MailingAddress, type: typeof(NonNullGraphType<AddressInputType>));
        Field(i => i.TemporaryMailingAddress, type: typeof(AddressInputType));
        Field(i => i.TemporaryAddressEndsOn, type: typeof(DateScalar));
        Field(i => i.HomePhone, nullable: true);
        Field(i => i.MobilePhone, nullable: true);
        Field(i => i.PreferredLanguage).Description("en or es.");
        Field(i => i.SmsConsent).Description("Consent to text messages; needs a mobile phone. The wording shown: " + Domain.Accounts.SmsConsent.Wording);
    }
}

/// <summary>The customer after the change, and which of their contact fields changed (each one audited).</summary>
public sealed record UpdateContactDetailsPayload(Customer Customer, IReadOnlyList<string> ChangedFields);

public sealed class UpdateContactDetailsPayloadType : ObjectGraphType<UpdateContactDetailsPayload>
{
    public UpdateContactDetailsPayloadType()
    {
        Name = "UpdateContactDetailsPayload";
        Field(p => p.Customer, type: typeof(NonNullGraphType<CustomerType>));
        Field(p => p.ChangedFields, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("Input field names, such as email or mailingAddress.");
    }
}

public sealed class AddInteractionInputType : InputObjectGraphType<AddInteractionInput>
{
    public AddInteractionInputType()
    {
        Name = "AddInteractionInput";
        Field(i => i.AccountNumber);
        Field(i => i.Channel, type: typeof(NonNullGraphType<InteractionChannelType>));
        Field(i => i.Subject).Description("Up to 120 characters.");
        Field(i => i.Note).Description("Up to 4,000 characters.");
    }
}
