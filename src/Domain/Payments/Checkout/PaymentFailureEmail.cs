using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>
/// Tells the customer that a payment they had already left behind (a bank debit on its way, an autopay charge) failed
/// after all, in their language. A decline on the payment page itself needs no e-mail: the customer sees it there.
/// </summary>
internal static class PaymentFailureEmail
{
    public const string Purpose = "PaymentFailed";

    /// <summary>Unique in the outbox: one notice per payment, however often the gateway reports the failure.</summary>
    public static string Key(Payment payment) => $"payment-failed:{payment.Id:N}:email";

    public static OutboxMessage For(Payment payment, string accountNumber, string to, string language, string reason, DateTimeOffset now)
    {
        var spanish = Languages.Normalize(language) == Languages.Spanish;
        var amount = payment.Amount.ToString(CultureInfo.GetCultureInfo("en-US"));
        var subject = spanish ? $"Su pago {payment.ReceiptNumber} no se completó" : $"Your payment {payment.ReceiptNumber} did not go through";
        var body = spanish
            ? $"Su pago de {amount} para la cuenta {accountNumber} no se completó: {reason}\nEl saldo de su cuenta no ha cambiado. Puede pagar de nuevo en el portal o llamar a Servicio al Cliente."
            : $"Your payment of {amount} for account {accountNumber} did not go through: {reason}\nYour account balance is unchanged. You can pay again in the portal or call Customer Service.";
        return OutboxMessage.Email(Key(payment), to, subject, body, language, Purpose, payment.ServiceAccountId, now, now);
    }
}
