using System.Globalization;
using System.Text;

namespace UtilityPortal.Domain.Accounts;

/// <summary>Turns an account's facts, and what staff type, into the same normalized search words.</summary>
public static class SearchTerms
{
    public const int MaxLength = 120;

    /// <summary>Lower case, accents removed, only letters, digits and single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '@' || c == '.')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var result = builder.ToString().Trim();
        return result.Length > MaxLength ? result[..MaxLength] : result;
    }

    /// <summary>Every word an account can be found by.</summary>
    public static IEnumerable<string> For(AccountNumber number, Customer customer, Premise premise)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal) { number.Value };
        var name = Normalize(customer.Name);
        terms.Add(name);
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 1))
        {
            terms.Add(part);
        }

        var address = Normalize(premise.ServiceAddress.Line1);
        terms.Add(address);
        // "main st" finds "1200 main st" too: the street without its house number.
        var space = address.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && address[..space].All(char.IsAsciiDigit))
        {
            terms.Add(address[(space + 1)..]);
        }

        terms.Add(Normalize(premise.ParcelId).Replace(" ", string.Empty, StringComparison.Ordinal));
        if (customer.Email is not null)
        {
            terms.Add(customer.Email.ToLowerInvariant());
        }

        foreach (var phone in new[] { customer.HomePhone, customer.MobilePhone })
        {
            if (phone is { } p)
            {
                terms.Add(PhoneDigits(p.E164));
            }
        }

        terms.Remove(string.Empty);
        return terms;
    }

    /// <summary>The ten national digits of a US number, which is what staff type.</summary>
    public static string PhoneDigits(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }

    /// <summary>How a typed query is matched: digits-only queries also match phones and parcels without separators.</summary>
    public static string ForQuery(string query)
    {
        var normalized = Normalize(query);
        var compact = normalized.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.Length > 0 && compact.All(char.IsAsciiDigit))
        {
            return compact.Length == 11 && compact[0] == '1' ? compact[1..] : compact;
        }

        return normalized;
    }
}
