using System.Globalization;
using System.Text.RegularExpressions;

namespace UtilityPortal.Domain.Billing.Statements;

/// <summary>
/// A bill line's description in the reader's language. A bill keeps its lines as BillCalculator wrote them (English,
/// the bill of record); a Spanish reader gets each known pattern in Spanish, and anything unknown as it was stored.
/// A test runs every kind of line the calculator writes through here, so a new wording there cannot go untranslated.
/// </summary>
public static partial class LineWording
{
    private static readonly (Regex Pattern, string Spanish)[] SpanishLines =
    [
        (BaseCharge(), "Cargo básico de ${service} (medidor de ${size}\")${prorated}"),
        (Tier(), "Agua, nivel ${tier} (${from}–${to} gal): ${gallons} gal"),
        (TopTier(), "Agua, nivel ${tier} (más de ${from} gal): ${gallons} gal"),
        (WaterUsage(), "Consumo de agua, ${gallons} gal"),
        (Sewer(), "Alcantarillado sobre ${gallons} gal${cap}"),
        (Stormwater(), "Aguas pluviales, ${count} ${what}"),
        (Refuse(), "Basura, ${count} ${what}"),
        (ReuseMinimum(), "Agua regenerada, mínimo mensual"),
        (Reuse(), "Agua regenerada, ${gallons} gal"),
        (Deposit(), "Depósito de servicio (medidor de ${size}\", ${class})"),
    ];

    private static readonly Dictionary<string, string> SpanishWords = new(StringComparer.Ordinal)
    {
        ["Water"] = "agua",
        ["Sewer"] = "alcantarillado",
        [", prorated"] = ", prorrateado",
        [" (residential cap)"] = " (límite residencial)",
        ["dwelling unit"] = "vivienda",
        ["dwelling units"] = "viviendas",
        ["ERU"] = "ERU",
        ["ERUs"] = "ERU",
        ["unit"] = "unidad",
        ["units"] = "unidades",
        ["container"] = "contenedor",
        ["containers"] = "contenedores",
        ["residential"] = "residencial",
        ["commercial"] = "comercial",
        ["irrigation"] = "riego",
    };

    /// <summary>The description in <paramref name="culture"/>'s language (Spanish or, for any other, as stored).</summary>
    public static string Describe(string description, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != "es")
        {
            return description;
        }

        foreach (var (pattern, spanish) in SpanishLines)
        {
            var match = pattern.Match(description);
            if (match.Success)
            {
                return Words().Replace(spanish, m => Spanish(match.Groups[m.Groups[1].Value].Value));
            }
        }

        return description;
    }

    private static string Spanish(string value) => SpanishWords.TryGetValue(value, out var word) ? word : value;

    [GeneratedRegex(@"\$\{(\w+)\}")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?<service>Water|Sewer) base charge \((?<size>[^""]+)"" meter\)(?<prorated>, prorated)?$")]
    private static partial Regex BaseCharge();

    [GeneratedRegex(@"^Water tier (?<tier>\d+) \((?<from>[\d,]+)–(?<to>[\d,]+) gal\): (?<gallons>[\d,]+) gal$")]
    private static partial Regex Tier();

    [GeneratedRegex(@"^Water tier (?<tier>\d+) \(over (?<from>[\d,]+) gal\): (?<gallons>[\d,]+) gal$")]
    private static partial Regex TopTier();

    [GeneratedRegex(@"^Water usage, (?<gallons>[\d,]+) gal$")]
    private static partial Regex WaterUsage();

    [GeneratedRegex(@"^Sewer on (?<gallons>[\d,]+) gal(?<cap> \(residential cap\))?$")]
    private static partial Regex Sewer();

    [GeneratedRegex(@"^Stormwater, (?<count>\d+) (?<what>dwelling units?|ERUs?)$")]
    private static partial Regex Stormwater();

    [GeneratedRegex(@"^Refuse, (?<count>\d+) (?<what>units?|containers?)$")]
    private static partial Regex Refuse();

    [GeneratedRegex(@"^Reuse water, monthly minimum$")]
    private static partial Regex ReuseMinimum();

    [GeneratedRegex(@"^Reuse water, (?<gallons>[\d,]+) gal$")]
    private static partial Regex Reuse();

    [GeneratedRegex(@"^Service deposit \((?<size>[^""]+)"" meter, (?<class>\w+)\)$")]
    private static partial Regex Deposit();
}
