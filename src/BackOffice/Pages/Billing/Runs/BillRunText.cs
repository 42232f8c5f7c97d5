using System.Globalization;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Pages.Billing.Runs;

/// <summary>How the bill run pages word the Domain's states and actions: English keys of the resources (bill statuses and exception kinds: Accounts/BillModel).</summary>
public static class BillRunText
{
    public static string Status(BillRunStatus status) => status switch
    {
        BillRunStatus.Queued => "Queued",
        BillRunStatus.Calculating => "Calculating",
        BillRunStatus.Review => "In review",
        BillRunStatus.Approved => "Approved",
        BillRunStatus.Posting => "Posting",
        BillRunStatus.Posted => "Posted",
        _ => status.ToString(),
    };

    public static string Resolution(BillExceptionResolution resolution) => resolution switch
    {
        BillExceptionResolution.Accept => "Accept the bill",
        BillExceptionResolution.ReRead => "Order a re-read",
        BillExceptionResolution.Estimate => "Bill an estimate",
        BillExceptionResolution.Hold => "Hold the bill",
        _ => resolution.ToString(),
    };

    public static string ReadKind(BillReadKind kind) => kind switch
    {
        BillReadKind.Measured => "Measured",
        BillReadKind.Rollover => "Rollover",
        BillReadKind.Negative => "Negative",
        BillReadKind.Estimated => "Estimated",
        _ => kind.ToString(),
    };

    /// <summary>"October 2026": the month whose read day ends the period, in the reader's language.</summary>
    public static string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Period(BillingPeriod period) =>
        string.Create(CultureInfo.CurrentCulture, $"{period.Start:d} – {period.End:d}");
}
