using PhoneNumbers;

namespace UtilityPortal.Domain.Accounts;

/// <summary>A phone number kept in E.164 form (+13055550123), validated with libphonenumber.</summary>
public readonly record struct PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string e164) => E164 = e164;

    public string E164 { get; }

    /// <summary>Accepts what people type ("(305) 555-0123", "305.555.0123", "+1 305 555 0123"); US is the default region.</summary>
    public static PhoneNumber Parse(string? text, string field = "phone")
    {
        if (TryParse(text, out var phone))
        {
            return phone;
        }

        throw new DomainException(ErrorCodes.Invalid, "Enter a valid phone number, for example (305) 555-0123.", field);
    }

    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        try
        {
            var parsed = Util.Parse(text, "US");
            if (!Util.IsValidNumber(parsed))
            {
                return false;
            }

            phone = new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164));
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Rebuilds a stored value without re-validating it (the database only holds validated numbers).</summary>
    public static PhoneNumber FromStored(string e164) => new(e164);

    /// <summary>(305) 555-0123 for US numbers, the international form otherwise.</summary>
    public string ToDisplay()
    {
        var parsed = Util.Parse(E164, "US");
        return Util.Format(parsed, parsed.CountryCode == 1 ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    public override string ToString() => E164 ?? string.Empty;
}
