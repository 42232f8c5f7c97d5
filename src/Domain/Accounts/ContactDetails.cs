namespace UtilityPortal.Domain.Accounts;

/// <summary>Validated contact details, built from what a form or a GraphQL input carries.</summary>
public sealed record ContactDetails(
    string? Email,
    PostalAddress MailingAddress,
    PostalAddress? TemporaryMailingAddress,
    DateOnly? TemporaryAddressEndsOn,
    PhoneNumber? HomePhone,
    PhoneNumber? MobilePhone,
    string PreferredLanguage,
    bool SmsConsent);

/// <summary>Contact details as typed; <see cref="Validate"/> turns them into <see cref="ContactDetails"/> or reports every bad field at once.</summary>
public sealed record ContactDetailsInput
{
    public string? Email { get; init; }

    public AddressInput MailingAddress { get; init; } = new();

    public AddressInput? TemporaryMailingAddress { get; init; }

    public DateOnly? TemporaryAddressEndsOn { get; init; }

    public string? HomePhone { get; init; }

    public string? MobilePhone { get; init; }

    public string? PreferredLanguage { get; init; }

    public bool SmsConsent { get; init; }

    public ContactDetails Validate()
    {
        var errors = new List<DomainError>();
        var email = Collect(errors, () => string.IsNullOrWhiteSpace(Email) ? null : EmailAddress.Normalize(Email, "Email"));
        var mailing = Collect(errors, () => MailingAddress.ToAddress("MailingAddress."));
        var temporary = Collect(errors, () => TemporaryMailingAddress is null || TemporaryMailingAddress.IsBlank
            ? null
            : TemporaryMailingAddress.ToAddress("TemporaryMailingAddress."));
        var home = Collect(errors, () => string.IsNullOrWhiteSpace(HomePhone) ? (PhoneNumber?)null : PhoneNumber.Parse(HomePhone, "HomePhone"));
        var mobile = Collect(errors, () => string.IsNullOrWhiteSpace(MobilePhone) ? (PhoneNumber?)null : PhoneNumber.Parse(MobilePhone, "MobilePhone"));
        var language = Collect(errors, () => Languages.Normalize(PreferredLanguage ?? Languages.English, "PreferredLanguage"));
        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        return new ContactDetails(email, mailing!, temporary, TemporaryAddressEndsOn, home, mobile, language!, SmsConsent);
    }

    private static T? Collect<T>(List<DomainError> errors, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (DomainException ex)
        {
            errors.AddRange(ex.Errors);
            return default;
        }
    }
}

public sealed record AddressInput
{
    public string? Line1 { get; init; }

    public string? Line2 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(City) && string.IsNullOrWhiteSpace(Zip);

    public PostalAddress ToAddress(string fieldPrefix) => PostalAddress.Create(Line1, Line2, City, State, Zip, fieldPrefix);

    public static AddressInput From(PostalAddress? address) => address is null
        ? new AddressInput()
        : new AddressInput { Line1 = address.Line1, Line2 = address.Line2, City = address.City, State = address.State, Zip = address.Zip };
}
