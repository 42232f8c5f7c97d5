using System.Globalization;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Pages.Billing.Runs;

/// <summary>How the bill run pages word the Domain's states and kinds: English keys of the resources.</summary>
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

    public static string Kind(BillExceptionKind kind) => kind switch
    {
        BillExceptionKind.High => "High use",
        BillExceptionKind.Low => "Low use",
        BillExceptionKind.Zero => "Zero use",
        BillExceptionKind.Negative => "Negative read",
        BillExceptionKind.Rollover => "Register rollover",
        BillExceptionKind.MissingRead => "Missing read",
        BillExceptionKind.MeterChanged => "Meter changed",
        _ => kind.ToString(),
    };

    public static string Resolution(BillExceptionResolution resolution) => resolution switch
    {
        BillExceptionResolution.Accept => "Accept the bill",
        BillExceptionResolution.ReRead => "Order a re-read",
        BillExceptionResolution.Estimate => "Bill an estimate",
        BillExceptionResolution.Hold => "Hold the bill",
        _ => resolution.ToString(),
    };

    public static string Resolved(BillExceptionResolution resolution) => resolution switch
    {
        BillExceptionResolution.Accept => "Accepted",
        BillExceptionResolution.ReRead => "Re-read ordered",
        BillExceptionResolution.Estimate => "Estimated",
        BillExceptionResolution.Hold => "Held",
        _ => resolution.ToString(),
    };

    public static string BillStatusLabel(BillStatus status) => status switch
    {
        BillStatus.Draft => "Draft",
        BillStatus.Held => "Held",
        BillStatus.Approved => "Approved",
        BillStatus.Posted => "Posted",
        BillStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
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
