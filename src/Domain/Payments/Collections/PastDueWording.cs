using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>The facts a past-due notice is written from.</summary>
public sealed record PastDueFacts(string AccountNumber, Money AmountPastDue, DateOnly DueOn);

/// <summary>The words of a past-due notice in English and Spanish, in one place for the e-mail and the text.</summary>
public sealed class PastDueWording
{
    public static readonly PastDueWording English = new(
        CultureInfo.GetCultureInfo("en-US"),
        subject: "Past-due notice for account {0}",
        greeting: "Dear {0},",
        body: "Your bill for account {0} was due on {1} and {2} is still unpaid.",
        action: "Please pay now to avoid a delinquency fee and interruption of your water service. If you cannot pay in full, call us about a payment agreement.",
        ignore: "If you have already paid, thank you, and please disregard this notice.",
        sms: "City Utilities: account {0} is past due, {1} unpaid since {2}. Please pay to avoid a fee and service interruption. Reply STOP to opt out.",
        signature: "City Utilities customer service");

    public static readonly PastDueWording Spanish = new(
        CultureInfo.GetCultureInfo("es-US"),
        subject: "Aviso de pago vencido de la cuenta {0}",
        greeting: "Estimado(a) {0}:",
        body: "La factura de la cuenta {0} venció el {1} y quedan {2} sin pagar.",
        action: "Pague ahora para evitar un cargo por morosidad y la interrupción del servicio de agua. Si no puede pagar todo, llámenos para un acuerdo de pago.",
        ignore: "Si ya pagó, gracias; no tenga en cuenta este aviso.",
        sms: "Servicios de la Ciudad: la cuenta {0} tiene {1} vencidos desde el {2}. Pague para evitar un cargo y el corte del servicio. Responda STOP para cancelar.",
        signature: "Servicio al cliente de Servicios Públicos de la Ciudad");

    private readonly CultureInfo _culture;
    private readonly string _subject;
    private readonly string _greeting;
    private readonly string _body;
    private readonly string _action;
    private readonly string _ignore;
    private readonly string _sms;
    private readonly string _signature;

    private PastDueWording(CultureInfo culture, string subject, string greeting, string body, string action, string ignore, string sms, string signature)
    {
        _culture = culture;
        _subject = subject;
        _greeting = greeting;
        _body = body;
        _action = action;
        _ignore = ignore;
        _sms = sms;
        _signature = signature;
    }

    /// <summary>"en" or "es"; anything else reads English.</summary>
    public static PastDueWording For(string? language) => language == Languages.Spanish ? Spanish : English;

    public string Subject(PastDueFacts facts) => Format(_subject, facts.AccountNumber);

    public string Sms(PastDueFacts facts) => Format(_sms, facts.AccountNumber, facts.AmountPastDue.ToString(_culture), Day(facts.DueOn));

    public string Email(PastDueFacts facts, string customerName) => string.Join('\n',
        Format(_greeting, customerName), string.Empty,
        Format(_body, facts.AccountNumber, Day(facts.DueOn), facts.AmountPastDue.ToString(_culture)),
        _action, string.Empty, _ignore, string.Empty, _signature);

    private string Day(DateOnly day) => day.ToString("D", _culture);

    private string Format(string template, params object[] values) => string.Format(_culture, template, values);
}
