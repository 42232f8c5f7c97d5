using System.Globalization;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>Money and dates as the reader's language writes them (es-US keeps the dollar sign and US separators).</summary>
public static class Formats
{
    public static string Money(Money money) => money.Amount.ToString("C", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("D", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at) => at.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);

    /// <summary>An enum value in words ("FinalBilled" reads "Final billed"), translated by that English text.</summary>
    public static string Name<T>(IStringLocalizer l, T value)
        where T : struct, Enum => l[EnumWords.Of(value)];

    /// <summary>Each service of a flags value, in words, translated.</summary>
    public static string Flags<T>(IStringLocalizer l, T value)
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>()
            .Where(flag => Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag))
            .Select(flag => Name(l, flag)));
}
