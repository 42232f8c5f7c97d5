using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>
/// The words of the payment messages a customer receives (a declined autopay charge, a paperless bill notice) in
/// English and Spanish, in one place.
/// </summary>
public sealed class PaymentWording
{
    public static readonly PaymentWording English = new(
        CultureInfo.GetCultureInfo("en-US"),
        greeting: "Dear {0},",
        declinedSubject: "Autopay could not pay the bill of account {0}",
        declinedBody: "We tried to pay {1} due {2} on account {0} with your saved payment method, and it was declined: {3}.",
        declinedAction: "Please pay on the Portal or update your autopay card or bank account so your bill is paid on time.",
        declinedSms: "City Utilities: autopay for account {0} was declined ({1} due {2}). Please pay on the Portal. Reply STOP to opt out.",
        billSubject: "Your bill for account {0} is ready",
        billBody: "Your bill for account {0} is ready: {1} due {2}.",
        billPaperless: "You chose e-mail instead of paper bills; no paper bill will be mailed.",
        seeOnPortal: "See and pay it on the Portal: {0}",
        signature: "City Utilities customer service");

    public static readonly PaymentWording Spanish = new(
        CultureInfo.GetCultureInfo("es-US"),
        greeting: "Estimado(a) {0}:",
        declinedSubject: "El pago automático no pudo pagar la factura de la cuenta {0}",
        declinedBody: "Intentamos pagar {1} con vencimiento el {2} de la cuenta {0} con su método de pago guardado, y fue rechazado: {3}.",
        declinedAction: "Pague en el Portal o actualice la tarjeta o cuenta bancaria de su pago automático para que su factura se pague a tiempo.",
        declinedSms: "Servicios de la Ciudad: el pago automático de la cuenta {0} fue rechazado ({1} con vencimiento el {2}). Pague en el Portal. Responda STOP para cancelar.",
        billSubject: "Su factura de la cuenta {0} está lista",
        billBody: "Su factura de la cuenta {0} está lista: {1} con vencimiento el {2}.",
        billPaperless: "Usted eligió recibir las facturas por correo electrónico en lugar de papel; no le enviaremos una factura en papel.",
        seeOnPortal: "Véala y páguela en el Portal: {0}",
        signature: "Servicio al cliente de Servicios Públicos de la Ciudad");

    private readonly CultureInfo _culture;
    private readonly string _greeting;
    private readonly string _declinedSubject;
    private readonly string _declinedBody;
    private readonly string _declinedAction;
    private readonly string _declinedSms;
    private readonly string _billSubject;
    private readonly string _billBody;
    private readonly string _billPaperless;
    private readonly string _seeOnPortal;
    private readonly string _signature;

    private PaymentWording(CultureInfo culture, string greeting, string declinedSubject, string declinedBody, string declinedAction, string declinedSms,
        string billSubject, string billBody, string billPaperless, string seeOnPortal, string signature)
    {
        _culture = culture;
        _greeting = greeting;
        _declinedSubject = declinedSubject;
        _declinedBody = declinedBody;
        _declinedAction = declinedAction;
        _declinedSms = declinedSms;
        _billSubject = billSubject;
        _billBody = billBody;
        _billPaperless = billPaperless;
        _seeOnPortal = seeOnPortal;
        _signature = signature;
    }

    /// <summary>"en" or "es"; anything else reads English.</summary>
    public static PaymentWording For(string? language) => language == Languages.Spanish ? Spanish : English;

    public string DeclinedSubject(string account) => Format(_declinedSubject, account);

    public string DeclinedEmail(string name, string account, Money amount, DateOnly dueOn, string reason, Uri? page) =>
        Letter(name, page, Format(_declinedBody, account, amount.ToString(_culture), Day(dueOn), reason), _declinedAction);

    public string DeclinedSms(string account, Money amount, DateOnly dueOn) => Format(_declinedSms, account, amount.ToString(_culture), Day(dueOn));

    public string BillSubject(string account) => Format(_billSubject, account);

    public string BillEmail(string name, string account, Money totalDue, DateOnly dueOn, Uri? page) =>
        Letter(name, page, Format(_billBody, account, totalDue.ToString(_culture), Day(dueOn)), _billPaperless);

    private string Letter(string name, Uri? page, params string[] paragraphs)
    {
        var lines = new List<string> { Format(_greeting, name), string.Empty };
        lines.AddRange(paragraphs);
        if (page is not null)
        {
            lines.Add(Format(_seeOnPortal, page));
        }

        lines.Add(string.Empty);
        lines.Add(_signature);
        return string.Join('\n', lines);
    }

    private string Day(DateOnly day) => day.ToString("D", _culture);

    private string Format(string template, params object[] values) => string.Format(_culture, template, values);
}
