using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>The receipt e-mail of a confirmed gateway payment, in the customer's language, written to the outbox with the posting.</summary>
internal static class PaymentReceiptEmail
{
    public const string Purpose = "PaymentReceipt";

    /// <summary>Unique in the outbox: one receipt per payment, however often the gateway confirms it.</summary>
    public static string Key(Payment payment) => $"payment-receipt:{payment.Id:N}:email";

    public static OutboxMessage For(Payment payment, string accountNumber, string to, string language, DateTimeOffset now)
    {
        var spanish = Languages.Normalize(language) == Languages.Spanish;
        var culture = CultureInfo.GetCultureInfo(spanish ? "es-US" : "en-US");
        var amount = payment.Amount.ToString(CultureInfo.GetCultureInfo("en-US"));
        var date = payment.ReceivedAt.UtcDateTime.ToString("d", culture);
        var subject = spanish ? $"Recibo de pago {payment.ReceiptNumber}" : $"Payment receipt {payment.ReceiptNumber}";
        var body = spanish
            ? $"Recibimos su pago de {amount} para la cuenta {accountNumber} el {date}.\nNúmero de recibo: {payment.ReceiptNumber}\nYa está aplicado a su cuenta. Gracias."
            : $"We received your payment of {amount} for account {accountNumber} on {date}.\nReceipt number: {payment.ReceiptNumber}\nIt is posted to your account. Thank you.";
        return OutboxMessage.Email(Key(payment), to, subject, body, language, Purpose, payment.ServiceAccountId, now, now);
    }
}
