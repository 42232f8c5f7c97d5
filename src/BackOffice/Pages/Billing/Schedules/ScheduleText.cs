using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.BackOffice.Pages.Billing.Schedules;

/// <summary>How the schedule pages word a version's origin and the customer classes (English keys of the resources).</summary>
public static class ScheduleText
{
    /// <summary>"folder:demo-fy2026.json" → ("Schedule folder", "demo-fy2026.json"); "upload:x.json" → ("Upload", "x.json").</summary>
    public static (string Kind, string File) Source(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? string.Empty : source[..colon];
        var file = colon < 0 ? source : source[(colon + 1)..];
        return (kind switch
        {
            "folder" => "Schedule folder",
            "upload" => "Upload",
            _ => "Other",
        }, file);
    }

    public static string Class(PremiseClass premiseClass) => premiseClass switch
    {
        PremiseClass.Residential => "Residential",
        PremiseClass.Commercial => "Commercial",
        PremiseClass.Irrigation => "Irrigation",
        _ => premiseClass.ToString(),
    };
}
