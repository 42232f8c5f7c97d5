using System.Globalization;
using System.Text;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>Why a line of a lockbox file is malformed. Any malformed line stops the whole file (docs/lockbox-format.md).</summary>
public enum LockboxLineProblem
{
    /// <summary>Not five comma-separated fields, an unclosed quote, or a field too long.</summary>
    Malformed = 1,

    /// <summary>The amount is not a number with at most two decimals, or is zero or less, or too large.</summary>
    BadAmount = 2,

    /// <summary>The paid-on date is not yyyy-MM-dd or lies in the future.</summary>
    BadDate = 3,

    /// <summary>No check number.</summary>
    MissingCheckNumber = 4,

    /// <summary>An earlier line of the same file has the same account, check number, amount and date.</summary>
    DuplicateLine = 5,
}

/// <summary>
/// One malformed line: its number in the file, the kind of problem and a message. The message is a composite format with
/// its arguments kept apart, so a page can look the English format up in its resources and show it in Spanish.
/// </summary>
public sealed record LockboxLineError(int LineNumber, LockboxLineProblem Problem, string MessageFormat, IReadOnlyList<string> Arguments)
{
    public string Message => string.Format(CultureInfo.InvariantCulture, MessageFormat, [.. Arguments]);
}

/// <summary>One well-formed line of a lockbox file. The account is as sent: matching it to an account comes later.</summary>
public sealed record LockboxLine(int LineNumber, string Raw, string Account, Money Amount, string CheckNumber, DateOnly PaidOn, string? Remitter)
{
    /// <summary>
    /// The line's natural key: the same check (account, number, amount, date) posted or suspended by an earlier file is
    /// skipped, so a file the bank resends with a few extra lines posts only the new ones.
    /// </summary>
    public string Key => LockboxFile.KeyOf(Account, CheckNumber, Amount, PaidOn);
}

/// <summary>
/// The bank's lockbox file (docs/lockbox-format.md): CSV with the header <c>account,amount,check_number,paid_on,remitter</c>;
/// the coupon's ten-digit account number, the amount in dollars with a dot and at most two decimals, the check number,
/// the day the bank received it (yyyy-MM-dd) and the remitter's name (optional; quoted when it holds a comma).
/// </summary>
public static class LockboxFile
{
    public const string Header = "account,amount,check_number,paid_on,remitter";

    public const int CheckNumberMaxLength = 30;
    public const int RemitterMaxLength = 100;
    public const int AccountMaxLength = 40;

    /// <summary>No single mailed payment is larger; a bigger figure is a keying error at the bank.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>The largest file accepted: 100,000 lines are about 6 MB.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>A lockbox payment counts as received at noon UTC of the day the bank received it, so its ledger date is that day.</summary>
    public static DateTimeOffset ReceivedAt(DateOnly paidOn) => new(paidOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <summary>The payment a lockbox check becomes, whether posted by the import or later from the suspense queue.</summary>
    public static Payment PaymentFor(Guid accountId, Money amount, string checkNumber, DateOnly paidOn, Guid batchId) =>
        Payment.Received(accountId, amount, Tender.Check, PaymentChannel.Lockbox, ReceivedAt(paidOn), ImportLockboxFile.ReceivedBy, checkNumber,
            lockboxBatchId: batchId);

    public static string KeyOf(string account, string checkNumber, Money amount, DateOnly paidOn) =>
        string.Create(CultureInfo.InvariantCulture, $"{account}|{checkNumber}|{amount.Amount:0.00}|{paidOn:yyyy-MM-dd}");

    /// <summary>
    /// Reads every line: good lines into <paramref name="lines"/>, malformed ones into <paramref name="errors"/> (all
    /// counted, the first <paramref name="maxErrors"/> kept). A missing or wrong header refuses the file as a whole.
    /// </summary>
    public static int Parse(TextReader reader, DateOnly today, List<LockboxLine> lines, List<LockboxLineError> errors, int maxErrors)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(ErrorCodes.Invalid,
                header is null ? "The file is empty." : $"The first line must be the header '{Header}'.", "File");
        }

        var refused = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var error = ParseLine(number, text, today, out var line);
            if (error is null && !seen.TryAdd(line!.Key, number))
            {
                error = new LockboxLineError(number, LockboxLineProblem.DuplicateLine, "Repeats line {0} (same account, check number, amount and date).",
                    [seen[line.Key].ToString(CultureInfo.InvariantCulture)]);
            }

            if (error is null)
            {
                lines.Add(line!);
                continue;
            }

            refused++;
            if (errors.Count < maxErrors)
            {
                errors.Add(error);
            }
        }

        return refused;
    }

    private static LockboxLineError? ParseLine(int number, string text, DateOnly today, out LockboxLine? line)
    {
        line = null;
        var fields = Split(text);
        if (fields is null)
        {
            return Error(number, LockboxLineProblem.Malformed, "A quoted value is not closed.");
        }

        if (fields.Count != 5)
        {
            return Error(number, LockboxLineProblem.Malformed, "Expected 5 comma-separated values, found {0}.", fields.Count.ToString(CultureInfo.InvariantCulture));
        }

        var account = fields[0];
        if (account.Length > AccountMaxLength)
        {
            return Error(number, LockboxLineProblem.Malformed, "The account is longer than {0} characters.", AccountMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        var amountText = fields[1];
        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount != decimal.Round(amount, 2) || amount <= 0m || amount > MaxAmount)
        {
            return Error(number, LockboxLineProblem.BadAmount, "'{0}' is not an amount more than zero and at most 1,000,000.00, with at most two decimals.", amountText);
        }

        var check = fields[2];
        if (check.Length is 0 or > CheckNumberMaxLength)
        {
            return Error(number, LockboxLineProblem.MissingCheckNumber, "The check number is missing or longer than {0} characters.",
                CheckNumberMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        if (!DateOnly.TryParseExact(fields[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn) || paidOn > today)
        {
            return Error(number, LockboxLineProblem.BadDate, "'{0}' is not a date in the form yyyy-MM-dd, on or before today.", fields[3]);
        }

        var remitter = fields[4];
        if (remitter.Length > RemitterMaxLength)
        {
            return Error(number, LockboxLineProblem.Malformed, "The remitter is longer than {0} characters.", RemitterMaxLength.ToString(CultureInfo.InvariantCulture));
        }

        line = new LockboxLine(number, text, account, Money.Of(amount), check, paidOn, remitter.Length == 0 ? null : remitter);
        return null;
    }

    private static LockboxLineError Error(int number, LockboxLineProblem problem, string format, params string[] arguments) =>
        new(number, problem, format, arguments);

    /// <summary>Splits one CSV line (RFC 4180 quoting: "Smith, Ann" and "" for a quote inside); null for an unclosed quote.</summary>
    internal static List<string>? Split(string text)
    {
        var fields = new List<string>(5);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
