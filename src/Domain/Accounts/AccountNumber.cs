namespace UtilityPortal.Domain.Accounts;

/// <summary>
/// A ten-digit service account number: nine digits of sequence and a Luhn check digit, so a mistyped digit or a
/// swapped pair is caught before anything is looked up.
/// </summary>
public readonly record struct AccountNumber
{
    private AccountNumber(string value) => Value = value;

    public string Value { get; }

    public static AccountNumber FromSequence(long sequence)
    {
        if (sequence is < 1 or > 999_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), "Account sequences run from 1 to 999,999,999.");
        }

        var body = sequence.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return new AccountNumber(body + CheckDigit(body));
    }

    public static bool TryParse(string? text, out AccountNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || CheckDigit(digits[..9]) != digits[9])
        {
            return false;
        }

        number = new AccountNumber(digits);
        return true;
    }

    public static AccountNumber Parse(string? text, string field = "accountNumber") =>
        TryParse(text, out var number)
            ? number
            : throw new DomainException(ErrorCodes.Invalid, "Enter the 10-digit account number shown on your bill.", field);

    /// <summary>Luhn (mod 10) check digit over the nine-digit body.</summary>
    internal static char CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>Printed as 12345-6789-0 would invite typos; staff and bills use the plain ten digits.</summary>
    public override string ToString() => Value ?? string.Empty;
}
