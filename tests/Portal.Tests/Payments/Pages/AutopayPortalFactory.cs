using UtilityPortal.Portal.Tests.Payments;

namespace UtilityPortal.Portal.Tests.Payments.Pages;

/// <summary>The sandbox Portal with the autopay and paperless workers off: tests run their processors themselves, on a fake clock.</summary>
public sealed class AutopayPortalFactory : PaymentsPortalFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:Autopay:Enabled"] = "false";
            settings["Payments:Paperless:Enabled"] = "false";
            return settings;
        }
    }
}
