using System.Globalization;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Billing.Statements;

/// <summary>
/// The plain-language explanation on a resident's bill, in English and Spanish: how much water, against the average,
/// how much reached the top tier, then against last month and the same month last year. Written here, not in a page,
/// so the words can be tested against crafted histories.
/// </summary>
public sealed class StatementWording
{
    public static readonly StatementWording English = new(
        CultureInfo.GetCultureInfo("en-US"),
        monthFormat: "MMMM yyyy",
        usedGallons: "You used {0:N0} gallons",
        usedNothing: "You used no water this period",
        moreThanAverage: ", {0}% more than {1} of {2:N0} gallons",
        lessThanAverage: ", {0}% less than {1} of {2:N0} gallons",
        sameAsAverage: ", about the same as {0} of {1:N0} gallons",
        twelveMonthAverage: "your 12-month average",
        shorterAverage: "your average of the last {0} months",
        topTier: "; {0:N0} of them were billed at tier {1}",
        moreThanLastMonth: "That is {0:N0} gallons more than last month ({1:N0} gallons).",
        lessThanLastMonth: "That is {0:N0} gallons less than last month ({1:N0} gallons).",
        sameAsLastMonth: "That is the same as last month.",
        noLastMonth: "There is no bill for last month to compare with.",
        moreThanLastYear: "It is {0:N0} gallons more than in {2} ({1:N0} gallons).",
        lessThanLastYear: "It is {0:N0} gallons less than in {2} ({1:N0} gallons).",
        sameAsLastYear: "It is the same as in {0}.",
        noLastYear: "There is no bill from {0} to compare with.",
        firstBill: "This is your first bill, so there is no earlier use to compare it with.",
        estimated: "Your meter could not be read this period, so the use on this bill was estimated from your past use.");

    public static readonly StatementWording Spanish = new(
        CultureInfo.GetCultureInfo("es-US"),
        monthFormat: "MMMM 'de' yyyy",
        usedGallons: "Usó {0:N0} galones",
        usedNothing: "No usó agua en este período",
        moreThanAverage: ", {0}% más que {1} de {2:N0} galones",
        lessThanAverage: ", {0}% menos que {1} de {2:N0} galones",
        sameAsAverage: ", casi lo mismo que {0} de {1:N0} galones",
        twelveMonthAverage: "su promedio de 12 meses",
        shorterAverage: "su promedio de los últimos {0} meses",
        topTier: "; {0:N0} de ellos se facturaron en el nivel {1}",
        moreThanLastMonth: "Son {0:N0} galones más que el mes pasado ({1:N0} galones).",
        lessThanLastMonth: "Son {0:N0} galones menos que el mes pasado ({1:N0} galones).",
        sameAsLastMonth: "Es lo mismo que el mes pasado.",
        noLastMonth: "No hay factura del mes pasado para comparar.",
        moreThanLastYear: "Son {0:N0} galones más que en {2} ({1:N0} galones).",
        lessThanLastYear: "Son {0:N0} galones menos que en {2} ({1:N0} galones).",
        sameAsLastYear: "Es lo mismo que en {0}.",
        noLastYear: "No hay factura de {0} para comparar.",
        firstBill: "Esta es su primera factura, así que no hay consumo anterior para comparar.",
        estimated: "No se pudo leer su medidor en este período, así que el consumo de esta factura se estimó a partir de su consumo anterior.");

    private readonly string _monthFormat;
    private readonly string _usedGallons;
    private readonly string _usedNothing;
    private readonly string _moreThanAverage;
    private readonly string _lessThanAverage;
    private readonly string _sameAsAverage;
    private readonly string _twelveMonthAverage;
    private readonly string _shorterAverage;
    private readonly string _topTier;
    private readonly string _moreThanLastMonth;
    private readonly string _lessThanLastMonth;
    private readonly string _sameAsLastMonth;
    private readonly string _noLastMonth;
    private readonly string _moreThanLastYear;
    private readonly string _lessThanLastYear;
    private readonly string _sameAsLastYear;
    private readonly string _noLastYear;
    private readonly string _firstBill;
    private readonly string _estimated;

    private StatementWording(CultureInfo culture, string monthFormat, string usedGallons, string usedNothing, string moreThanAverage,
        string lessThanAverage, string sameAsAverage, string twelveMonthAverage, string shorterAverage, string topTier, string moreThanLastMonth,
        string lessThanLastMonth, string sameAsLastMonth, string noLastMonth, string moreThanLastYear, string lessThanLastYear, string sameAsLastYear,
        string noLastYear, string firstBill, string estimated)
    {
        Culture = culture;
        _monthFormat = monthFormat;
        _usedGallons = usedGallons;
        _usedNothing = usedNothing;
        _moreThanAverage = moreThanAverage;
        _lessThanAverage = lessThanAverage;
        _sameAsAverage = sameAsAverage;
        _twelveMonthAverage = twelveMonthAverage;
        _shorterAverage = shorterAverage;
        _topTier = topTier;
        _moreThanLastMonth = moreThanLastMonth;
        _lessThanLastMonth = lessThanLastMonth;
        _sameAsLastMonth = sameAsLastMonth;
        _noLastMonth = noLastMonth;
        _moreThanLastYear = moreThanLastYear;
        _lessThanLastYear = lessThanLastYear;
        _sameAsLastYear = sameAsLastYear;
        _noLastYear = noLastYear;
        _firstBill = firstBill;
        _estimated = estimated;
    }

    public CultureInfo Culture { get; }

    /// <summary>"es" reads Spanish; anything else English.</summary>
    public static StatementWording For(string? language) => language == Languages.Spanish ? Spanish : English;

    /// <summary>"November 2025" / "noviembre de 2025".</summary>
    public string MonthName(DateOnly month) => month.ToString(_monthFormat, Culture);

    /// <summary>The explanation, one sentence a paragraph: use against the average (and the top tier), last month, last year, how it was read.</summary>
    public IReadOnlyList<string> Explain(UsageComparison c)
    {
        var sentences = new List<string> { Usage(c) };
        if (c.FirstBill)
        {
            sentences.Add(_firstBill);
        }
        else
        {
            sentences.Add(AgainstLastMonth(c));
            sentences.Add(AgainstLastYear(c));
        }

        if (c.Estimated)
        {
            sentences.Add(_estimated);
        }

        return sentences;
    }

    /// <summary>"You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons; 4,000 of them were billed at tier 3."</summary>
    public string Usage(UsageComparison c)
    {
        var text = c.Gallons == 0 ? _usedNothing : Format(_usedGallons, c.Gallons);
        if (c.AverageGallons is { } average && c.PercentAgainstAverage is { } percent)
        {
            var which = c.AverageMonths >= 12 ? _twelveMonthAverage : Format(_shorterAverage, c.AverageMonths);
            text += percent switch
            {
                > 0 => Format(_moreThanAverage, percent, which, average),
                < 0 => Format(_lessThanAverage, -percent, which, average),
                _ => Format(_sameAsAverage, which, average),
            };
        }

        if (c.TopTier is { } tier)
        {
            text += Format(_topTier, tier.Gallons, tier.Tier);
        }

        return text + ".";
    }

    public string AgainstLastMonth(UsageComparison c) => c.LastMonthGallons is not { } last
        ? _noLastMonth
        : Difference(c.Gallons, last, _moreThanLastMonth, _lessThanLastMonth, _sameAsLastMonth, null);

    public string AgainstLastYear(UsageComparison c)
    {
        var month = MonthName(c.Month.AddMonths(-12));
        return c.SameMonthLastYearGallons is not { } then
            ? Format(_noLastYear, month)
            : Difference(c.Gallons, then, _moreThanLastYear, _lessThanLastYear, _sameAsLastYear, month);
    }

    private string Difference(long now, long then, string more, string less, string same, string? month) =>
        now > then ? Format(more, now - then, then, month ?? string.Empty)
        : now < then ? Format(less, then - now, then, month ?? string.Empty)
        : Format(same, month ?? string.Empty);

    private string Format(string template, params object[] values) => string.Format(Culture, template, values);
}
