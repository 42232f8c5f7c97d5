using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// The words of a printed agreement and of the default notice, in English and Spanish. The printout's language is
/// chosen for the document (the customer's), not taken from the reader's screen, so both sites print from here.
/// </summary>
public sealed record AgreementWording
{
    public static readonly AgreementWording English = new()
    {
        Language = Languages.English,
        Culture = CultureInfo.GetCultureInfo("en-US"),
        Title = "Payment agreement",
        Utility = "City Water Utility",
        AccountNumber = "Account number",
        AccountHolder = "Account holder",
        ServiceAddress = "Service address",
        Status = "Status",
        Covered = "Amount covered",
        DownPayment = "Down payment",
        Installments = "Number of installments",
        Schedule = "Payment schedule",
        Number = "No.",
        DueOn = "Due date",
        Amount = "Amount",
        DownPaymentLine = "Down payment (due when signed)",
        Total = "Total",
        Terms = "Terms",
        Promise = "I agree to pay the amounts above by their due dates in addition to my regular monthly bills. If an installment is more than {0} days late, this agreement ends and the whole remaining balance is due at once.",
        Signature = "Signature",
        SignedBy = "Signed by {0} on {1}",
        SignedInPortal = "accepted online",
        SignedAtCounter = "signed at the counter",
        DateLabel = "Date",
        Printed = "Printed {0}",
        StatusNames = new Dictionary<PaymentAgreementStatus, string>
        {
            [PaymentAgreementStatus.Draft] = "Waiting for signature",
            [PaymentAgreementStatus.Active] = "Active",
            [PaymentAgreementStatus.Completed] = "Paid in full",
            [PaymentAgreementStatus.Defaulted] = "Defaulted",
            [PaymentAgreementStatus.Cancelled] = "Cancelled",
        },
        DefaultSubject = "Your payment agreement for account {0} has ended",
        DefaultBody = "Dear {0},\n\nAn installment of your payment agreement for account {1} was not paid within {2} days of its due date, so the agreement has ended. The remaining balance of {3} is now due in full and may be subject to collection, including disconnection of service.\n\nPlease pay or call customer service to discuss your options.\n\nCity Water Utility",
        DefaultSms = "City Water: your payment agreement for account {0} has ended because an installment was missed. {1} is now due. Call customer service. Reply STOP to opt out.",
    };

    public static readonly AgreementWording Spanish = new()
    {
        Language = Languages.Spanish,
        Culture = CultureInfo.GetCultureInfo("es-US"),
        Title = "Acuerdo de pago",
        Utility = "Servicio Municipal de Agua",
        AccountNumber = "Número de cuenta",
        AccountHolder = "Titular de la cuenta",
        ServiceAddress = "Dirección de servicio",
        Status = "Estado",
        Covered = "Monto cubierto",
        DownPayment = "Pago inicial",
        Installments = "Número de cuotas",
        Schedule = "Calendario de pagos",
        Number = "N.º",
        DueOn = "Fecha de vencimiento",
        Amount = "Monto",
        DownPaymentLine = "Pago inicial (al firmar)",
        Total = "Total",
        Terms = "Condiciones",
        Promise = "Acepto pagar los montos anteriores en sus fechas de vencimiento, además de mis facturas mensuales regulares. Si una cuota se atrasa más de {0} días, este acuerdo termina y todo el saldo restante vence de inmediato.",
        Signature = "Firma",
        SignedBy = "Firmado por {0} el {1}",
        SignedInPortal = "aceptado en línea",
        SignedAtCounter = "firmado en la ventanilla",
        DateLabel = "Fecha",
        Printed = "Impreso el {0}",
        StatusNames = new Dictionary<PaymentAgreementStatus, string>
        {
            [PaymentAgreementStatus.Draft] = "Pendiente de firma",
            [PaymentAgreementStatus.Active] = "Vigente",
            [PaymentAgreementStatus.Completed] = "Pagado en su totalidad",
            [PaymentAgreementStatus.Defaulted] = "Incumplido",
            [PaymentAgreementStatus.Cancelled] = "Cancelado",
        },
        DefaultSubject = "Su acuerdo de pago de la cuenta {0} ha terminado",
        DefaultBody = "Estimado(a) {0}:\n\nUna cuota de su acuerdo de pago de la cuenta {1} no se pagó dentro de los {2} días posteriores a su vencimiento, por lo que el acuerdo ha terminado. El saldo restante de {3} vence ahora en su totalidad y puede pasar a cobranza, incluida la suspensión del servicio.\n\nPague o llame a servicio al cliente para hablar de sus opciones.\n\nServicio Municipal de Agua",
        DefaultSms = "Agua Municipal: su acuerdo de pago de la cuenta {0} terminó porque no se pagó una cuota. Ahora vence {1}. Llame a servicio al cliente. Responda STOP para no recibir mensajes.",
    };

    public required string Language { get; init; }

    public required CultureInfo Culture { get; init; }

    public required string Title { get; init; }

    public required string Utility { get; init; }

    public required string AccountNumber { get; init; }

    public required string AccountHolder { get; init; }

    public required string ServiceAddress { get; init; }

    public required string Status { get; init; }

    public required string Covered { get; init; }

    public required string DownPayment { get; init; }

    public required string Installments { get; init; }

    public required string Schedule { get; init; }

    public required string Number { get; init; }

    public required string DueOn { get; init; }

    public required string Amount { get; init; }

    public required string DownPaymentLine { get; init; }

    public required string Total { get; init; }

    public required string Terms { get; init; }

    /// <summary>{0}: grace days.</summary>
    public required string Promise { get; init; }

    public required string Signature { get; init; }

    /// <summary>{0}: signer, {1}: date.</summary>
    public required string SignedBy { get; init; }

    public required string SignedInPortal { get; init; }

    public required string SignedAtCounter { get; init; }

    public required string DateLabel { get; init; }

    /// <summary>{0}: date.</summary>
    public required string Printed { get; init; }

    public required IReadOnlyDictionary<PaymentAgreementStatus, string> StatusNames { get; init; }

    /// <summary>{0}: account number.</summary>
    public required string DefaultSubject { get; init; }

    /// <summary>{0}: customer, {1}: account number, {2}: grace days, {3}: amount now due.</summary>
    public required string DefaultBody { get; init; }

    /// <summary>{0}: account number, {1}: amount now due.</summary>
    public required string DefaultSms { get; init; }

    /// <summary>English unless the code is Spanish ("es", "es-US", any letter case).</summary>
    public static AgreementWording For(string? language) =>
        language is not null && language.StartsWith(Languages.Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    public string Format(string template, params object[] values) => string.Format(Culture, template, values);

    public string FormatMoney(Money amount) => amount.ToString(Culture);

    public string FormatDate(DateOnly date) => date.ToString("d", Culture);

    public string FormatLongDate(DateOnly date) => date.ToString("D", Culture);
}
