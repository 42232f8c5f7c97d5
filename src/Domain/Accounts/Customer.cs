namespace UtilityPortal.Domain.Accounts;

public enum CustomerKind
{
    Person = 1,
    Organisation = 2,
}

/// <summary>Languages the utility writes to customers in.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";

    public static string Normalize(string? code, string field = "preferredLanguage") => code?.Trim().ToLowerInvariant() switch
    {
        English => English,
        Spanish => Spanish,
        _ => throw new DomainException(ErrorCodes.Invalid, "Choose English (en) or Spanish (es).", field),
    };
}

/// <summary>A person or organisation that holds service accounts and receives bills.</summary>
public sealed class Customer
{
    private Customer()
    {
        Name = string.Empty;
        PreferredLanguage = Languages.English;
        MailingAddress = null!;
    }

    public Customer(CustomerKind kind, string name, PostalAddress mailingAddress, string? email = null, PhoneNumber? homePhone = null,
        PhoneNumber? mobilePhone = null, string preferredLanguage = Languages.English)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 120)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the customer's name (up to 120 characters).", nameof(name));
        }

        Id = Guid.CreateVersion7();
        Kind = kind;
        Name = name.Trim();
        MailingAddress = mailingAddress;
        Email = email is null ? null : EmailAddress.Normalize(email);
        HomePhone = homePhone;
        MobilePhone = mobilePhone;
        PreferredLanguage = Languages.Normalize(preferredLanguage);
    }

    public Guid Id { get; private set; }

    public CustomerKind Kind { get; private set; }

    public string Name { get; private set; }

    public string? Email { get; private set; }

    public PostalAddress MailingAddress { get; private set; }

    /// <summary>Where bills go while a resident is away, until <see cref="TemporaryAddressEndsOn"/>.</summary>
    public PostalAddress? TemporaryMailingAddress { get; private set; }

    public DateOnly? TemporaryAddressEndsOn { get; private set; }

    public PhoneNumber? HomePhone { get; private set; }

    /// <summary>The number high-bill text messages go to, when the customer has consented.</summary>
    public PhoneNumber? MobilePhone { get; private set; }

    public string PreferredLanguage { get; private set; }

    public SmsConsent SmsConsent { get; private set; } = SmsConsent.None;

    /// <summary>The address a bill printed today goes to.</summary>
    public PostalAddress BillingAddressOn(DateOnly day) =>
        TemporaryMailingAddress is not null && TemporaryAddressEndsOn >= day ? TemporaryMailingAddress : MailingAddress;

    /// <summary>
    /// Applies new contact details and returns what changed, field by field, so the caller can audit it.
    /// Either every field is valid and all apply, or nothing changes.
    /// </summary>
    public IReadOnlyList<FieldChange> UpdateContact(ContactDetails details, DateOnly today, DateTimeOffset now, string consentSource)
    {
        if (details.TemporaryMailingAddress is not null && (details.TemporaryAddressEndsOn is null || details.TemporaryAddressEndsOn < today))
        {
            throw new DomainException(ErrorCodes.Invalid, "A temporary mailing address needs an end date that is today or later.", "TemporaryAddressEndsOn");
        }

        if (details.SmsConsent && details.MobilePhone is null)
        {
            throw new DomainException(ErrorCodes.Invalid, "Text messages need a mobile phone number.", "MobilePhone");
        }

        var changes = new List<FieldChange>();
        Track(changes, "Email", Email, details.Email);
        Track(changes, "MailingAddress", MailingAddress.ToString(), details.MailingAddress.ToString());
        Track(changes, "TemporaryMailingAddress", TemporaryMailingAddress?.ToString(), details.TemporaryMailingAddress?.ToString());
        var endsOn = details.TemporaryMailingAddress is null ? null : details.TemporaryAddressEndsOn;
        Track(changes, "TemporaryAddressEndsOn", TemporaryAddressEndsOn?.ToString("yyyy-MM-dd", null), endsOn?.ToString("yyyy-MM-dd", null));
        Track(changes, "HomePhone", HomePhone?.E164, details.HomePhone?.E164);
        Track(changes, "MobilePhone", MobilePhone?.E164, details.MobilePhone?.E164);
        Track(changes, "PreferredLanguage", PreferredLanguage, details.PreferredLanguage);
        Track(changes, "SmsConsent", SmsConsent.Given ? "yes" : "no", details.SmsConsent ? "yes" : "no");

        Email = details.Email;
        MailingAddress = details.MailingAddress;
        TemporaryMailingAddress = details.TemporaryMailingAddress;
        TemporaryAddressEndsOn = endsOn;
        HomePhone = details.HomePhone;
        MobilePhone = details.MobilePhone;
        PreferredLanguage = details.PreferredLanguage;
        if (details.SmsConsent != SmsConsent.Given)
        {
            SmsConsent = details.SmsConsent ? SmsConsent.GivenAt(now, consentSource) : SmsConsent.WithdrawnAt(now, consentSource);
        }

        return changes;
    }

    private static void Track(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }
}

/// <summary>A customer's answer to "may we text you?", with when and where it was given.</summary>
public sealed record SmsConsent(bool Given, DateTimeOffset? RecordedAt, string? Source)
{
    /// <summary>The exact wording shown next to the consent box, kept with the record of consent.</summary>
    public const string Wording =
        "I agree to receive text messages from the City Utilities about high bills and service on the mobile number above. "
        + "Message and data rates may apply. Reply STOP to opt out at any time, HELP for help.";

    public static SmsConsent None { get; } = new(false, null, null);

    public static SmsConsent GivenAt(DateTimeOffset at, string source) => new(true, at, source);

    public static SmsConsent WithdrawnAt(DateTimeOffset at, string source) => new(false, at, source);
}

/// <summary>One field's value before and after a change, for the audit trail.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
