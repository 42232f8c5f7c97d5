using UtilityPortal.Domain.Adjustments;

namespace UtilityPortal.Portal.Pages.Adjustments;

/// <summary>How a resident reads a request's status (keys of the localizer).</summary>
public static class LeakText
{
    public static string Status(AdjustmentStatus status) => status switch
    {
        AdjustmentStatus.Pending => "Waiting for review",
        AdjustmentStatus.Approved => "Approved",
        AdjustmentStatus.Rejected => "Not approved",
        _ => "Credited to your account",
    };
}
