using System.Globalization;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Counter;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.BackOffice.Pages.Payments.Counter;

/// <summary>How the payment pages word the Domain's tenders and states: English keys of the resources.</summary>
public static class PaymentText
{
    /// <summary>Amounts read as dollars in either language, as Money prints them everywhere else.</summary>
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    public static string Tender(Tender tender) => tender switch
    {
        Domain.Payments.Tender.Cash => "Cash",
        Domain.Payments.Tender.Check => "Check",
        Domain.Payments.Tender.MoneyOrder => "Money order",
        Domain.Payments.Tender.CardPresent => "Card on the terminal",
        Domain.Payments.Tender.Card => "Card online",
        Domain.Payments.Tender.BankAccount => "Bank account",
        _ => tender.ToString(),
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => "Pending",
        PaymentStatus.Posted => "Posted",
        PaymentStatus.Failed => "Failed",
        PaymentStatus.Reversed => "Reversed",
        _ => status.ToString(),
    };

    public static string Batch(CashierBatchStatus status) => status == CashierBatchStatus.Open ? "Open" : "Closed";

    public static string Refund(RefundStatus status) => status switch
    {
        RefundStatus.Pending => "Waiting for the gateway",
        RefundStatus.Posted => "Posted",
        RefundStatus.Declined => "Declined",
        _ => status.ToString(),
    };

    public static string Method(RefundMethod method) => method == RefundMethod.Card ? "To the card" : "By check";

    /// <summary>A variance as staff read it: "short $2.00", "over $1.50" or "balanced".</summary>
    public static (string Key, string Amount) Variance(Money variance) =>
        variance.IsZero ? ("Balanced", string.Empty)
        : variance.IsNegative ? ("Short {0}", variance.Abs().ToString(Dollars))
        : ("Over {0}", variance.ToString(Dollars));
}
