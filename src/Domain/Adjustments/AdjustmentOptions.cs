using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>Adjustment rules, section <c>Adjustments</c>.</summary>
public sealed class AdjustmentOptions
{
    public const string Section = "Adjustments";

    /// <summary>
    /// The most each specialist role may approve, in dollars (<c>Adjustments:ApprovalLimits:SpecialistII</c>).
    /// Supervisors and administrators have no limit. A request above its maker's limit waits for a Supervisor.
    /// </summary>
    public Dictionary<string, decimal> ApprovalLimits { get; set; } = new(StringComparer.Ordinal)
    {
        [StaffRoles.SpecialistI] = 50m,
        [StaffRoles.SpecialistII] = 250m,
        [StaffRoles.SpecialistIII] = 500m,
    };

    /// <summary>The largest adjustment anyone may request; larger corrections are a cancel-rebill or a write-off.</summary>
    public decimal MaxAmount { get; set; } = 10_000m;

    /// <summary>Days within which an account may have only one leak adjustment (12 months).</summary>
    public int LeakAdjustmentWindowDays { get; set; } = 365;
}
