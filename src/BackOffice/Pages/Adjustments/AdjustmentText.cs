using UtilityPortal.Domain.Adjustments;

namespace UtilityPortal.BackOffice.Pages.Adjustments;

/// <summary>The words staff see for the adjustment enums (keys of the localizer).</summary>
public static class AdjustmentText
{
    public static string Reason(AdjustmentReason reason) => reason switch
    {
        AdjustmentReason.Leak => "Leak",
        AdjustmentReason.BillingError => "Billing error",
        AdjustmentReason.MeterError => "Meter error",
        AdjustmentReason.FeeWaiver => "Fee waiver",
        AdjustmentReason.Courtesy => "Courtesy",
        _ => "Other",
    };

    public static string Status(AdjustmentStatus status) => status switch
    {
        AdjustmentStatus.Pending => "Pending",
        AdjustmentStatus.Approved => "Approved",
        AdjustmentStatus.Rejected => "Rejected",
        _ => "Posted",
    };

    public static string Direction(AdjustmentDirection direction) => direction == AdjustmentDirection.Credit ? "Credit" : "Debit";

    public static string Action(string action) => action switch
    {
        "AdjustmentCreated" => "Created",
        "AdjustmentApproved" => "Approved",
        "AdjustmentRejected" => "Rejected",
        "AdjustmentPosted" => "Posted",
        _ => action,
    };
}
