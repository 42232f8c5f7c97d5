using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Notifications;

/// <summary>The facts a high-bill notice is written from.</summary>
public sealed record HighBillFacts(string AccountNumber, Money ProjectedAmount, long UsageGallons, long AverageGallons, DateOnly PeriodEnd)
{
    /// <summary>How far above the average the usage is, in whole percent; null without an average to compare with.</summary>
    public int? PercentAboveAverage => AverageGallons <= 0
        ? null
        : (int)decimal.Round((UsageGallons - AverageGallons) * 100m / AverageGallons, 0, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The words of a high-bill notice in English and Spanish, in one place: the SMS, the e-mail and the Portal's
/// dashboard notice all come from here, so they always say the same thing.
/// </summary>
public sealed class HighBillWording
{
    public static readonly HighBillWording English = new(
        CultureInfo.GetCultureInfo("en-US"),
        headline: "Your next bill looks high",
        projected: "Your bill for account {0} for the period ending {1} is projected at {2}.",
        usageAbove: "You used {0:N0} gallons, {1}% more than your 12-month average",
        usageOnly: "You used {0:N0} gallons",
        averageOf: " of {0:N0} gallons",
        checks:
        [
            "Look for leaks: a running toilet, a dripping faucet or a wet spot in the yard.",
            "Check your irrigation system: sprinkler timers, broken heads and hoses left on.",
            "Read your meter twice, two hours apart, with no water running; if the number moved, water is leaking.",
        ],
        why: "We are telling you before the bill is issued so you can look for the cause now.",
        smsLead: "City Utilities: account {0} bill projected at {1}.",
        smsChecks: "Please check for leaks and irrigation.",
        smsStop: "Reply STOP to opt out.",
        subject: "High bill notice for account {0}",
        greeting: "Dear {0},",
        whatToCheck: "What to check",
        signIn: "See the notice on your account: {0}",
        signature: "City Utilities customer service");

    public static readonly HighBillWording Spanish = new(
        CultureInfo.GetCultureInfo("es-US"),
        headline: "Su próxima factura parece alta",
        projected: "Se calcula que su factura de la cuenta {0} por el período que termina el {1} será de {2}.",
        usageAbove: "Usó {0:N0} galones, {1}% más que su promedio de 12 meses",
        usageOnly: "Usó {0:N0} galones",
        averageOf: " de {0:N0} galones",
        checks:
        [
            "Busque fugas: un inodoro que sigue corriendo, un grifo que gotea o una mancha húmeda en el jardín.",
            "Revise su sistema de riego: los temporizadores, los rociadores rotos y las mangueras abiertas.",
            "Lea su medidor dos veces, con dos horas de diferencia y sin usar agua; si el número cambió, hay una fuga.",
        ],
        why: "Le avisamos antes de emitir la factura para que pueda buscar la causa ahora.",
        smsLead: "Servicios de la Ciudad: factura de la cuenta {0} estimada en {1}.",
        smsChecks: "Revise si hay fugas y el riego.",
        smsStop: "Responda STOP para cancelar.",
        subject: "Aviso de factura alta para la cuenta {0}",
        greeting: "Estimado(a) {0}:",
        whatToCheck: "Qué revisar",
        signIn: "Vea el aviso en su cuenta: {0}",
        signature: "Servicio al cliente de Servicios Públicos de la Ciudad");

    private readonly string _projected;
    private readonly string _usageAbove;
    private readonly string _usageOnly;
    private readonly string _averageOf;
    private readonly string _smsLead;
    private readonly string _smsChecks;
    private readonly string _smsStop;
    private readonly string _subject;
    private readonly string _greeting;
    private readonly string _whatToCheck;
    private readonly string _signIn;
    private readonly string _signature;

    private HighBillWording(CultureInfo culture, string headline, string projected, string usageAbove, string usageOnly, string averageOf,
        IReadOnlyList<string> checks, string why, string smsLead, string smsChecks, string smsStop, string subject, string greeting,
        string whatToCheck, string signIn, string signature)
    {
        Culture = culture;
        Headline = headline;
        _projected = projected;
        _usageAbove = usageAbove;
        _usageOnly = usageOnly;
        _averageOf = averageOf;
        Checks = checks;
        Why = why;
        _smsLead = smsLead;
        _smsChecks = smsChecks;
        _smsStop = smsStop;
        _subject = subject;
        _greeting = greeting;
        _whatToCheck = whatToCheck;
        _signIn = signIn;
        _signature = signature;
    }

    public CultureInfo Culture { get; }

    public string Headline { get; }

    /// <summary>What to check, one sentence each: leaks, irrigation, the meter test.</summary>
    public IReadOnlyList<string> Checks { get; }

    public string Why { get; }

    /// <summary>The heading over <see cref="Checks"/>.</summary>
    public string WhatToCheck => _whatToCheck;

    /// <summary>"en" or "es"; anything else reads English.</summary>
    public static HighBillWording For(string? language) => language == Languages.Spanish ? Spanish : English;

    public string Projected(HighBillFacts facts) => Format(_projected, facts.AccountNumber, facts.PeriodEnd.ToString("D", Culture), Amount(facts));

    /// <summary>"You used 14,000 gallons, 62% more than your 12-month average of 8,642 gallons."</summary>
    public string Usage(HighBillFacts facts) => UsageWithoutAverage(facts) + (facts.PercentAboveAverage is > 0 ? Format(_averageOf, facts.AverageGallons) : string.Empty) + ".";

    public string SmsBody(HighBillFacts facts) =>
        string.Join(' ', Format(_smsLead, facts.AccountNumber, Amount(facts)), UsageWithoutAverage(facts) + ".", _smsChecks, _smsStop);

    public string EmailSubject(HighBillFacts facts) => Format(_subject, facts.AccountNumber);

    public string EmailBody(HighBillFacts facts, string customerName, Uri? accountPage)
    {
        var lines = new List<string> { Format(_greeting, customerName), string.Empty, Projected(facts), Usage(facts), string.Empty, _whatToCheck + ":" };
        lines.AddRange(Checks.Select(check => "- " + check));
        lines.Add(string.Empty);
        lines.Add(Why);
        if (accountPage is not null)
        {
            lines.Add(Format(_signIn, accountPage));
        }

        lines.Add(string.Empty);
        lines.Add(_signature);
        return string.Join('\n', lines);
    }

    private string UsageWithoutAverage(HighBillFacts facts) => facts.PercentAboveAverage is { } percent and > 0
        ? Format(_usageAbove, facts.UsageGallons, percent)
        : Format(_usageOnly, facts.UsageGallons);

    private string Amount(HighBillFacts facts) => facts.ProjectedAmount.ToString(Culture);

    private string Format(string template, params object[] values) => string.Format(Culture, template, values);
}
