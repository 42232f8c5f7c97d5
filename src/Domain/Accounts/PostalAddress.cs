using System.Text.RegularExpressions;

namespace UtilityPortal.Domain.Accounts;

/// <summary>A US postal address. ZIP is five digits or ZIP+4; the state is a two-letter code.</summary>
public sealed partial record PostalAddress
{
    private PostalAddress(string line1, string? line2, string city, string state, string zip)
    {
        Line1 = line1;
        Line2 = line2;
        City = city;
        State = state;
        Zip = zip;
    }

    public string Line1 { get; private init; }

    public string? Line2 { get; private init; }

    public string City { get; private init; }

    public string State { get; private init; }

    public string Zip { get; private init; }

    /// <summary>The five-digit ZIP, used when a resident proves they hold an account.</summary>
    public string Zip5 => Zip[..5];

    public static PostalAddress Create(string? line1, string? line2, string? city, string? state, string? zip, string fieldPrefix = "")
    {
        var errors = new List<DomainError>();
        line1 = line1?.Trim();
        line2 = string.IsNullOrWhiteSpace(line2) ? null : line2.Trim();
        city = city?.Trim();
        state = state?.Trim().ToUpperInvariant();
        zip = zip?.Trim();
        if (string.IsNullOrEmpty(line1) || line1.Length > 100)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the street address (up to 100 characters).", fieldPrefix + "Line1"));
        }

        if (line2 is { Length: > 100 })
        {
            errors.Add(new(ErrorCodes.Invalid, "The second address line can be up to 100 characters.", fieldPrefix + "Line2"));
        }

        if (string.IsNullOrEmpty(city) || city.Length > 60)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the city.", fieldPrefix + "City"));
        }

        if (state is null || !StatePattern().IsMatch(state))
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the two-letter state code, for example FL.", fieldPrefix + "State"));
        }

        if (zip is null || !ZipPattern().IsMatch(zip))
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter a 5-digit ZIP code (or ZIP+4, such as 33301-1234).", fieldPrefix + "Zip"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        return new PostalAddress(line1!, line2, city!, state!, zip!);
    }

    public override string ToString() =>
        Line2 is null ? $"{Line1}, {City}, {State} {Zip}" : $"{Line1}, {Line2}, {City}, {State} {Zip}";

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipPattern();
}
