using UtilityPortal.Domain.Service;

namespace UtilityPortal.Portal.Pages.Requests;

/// <summary>The English words (keys of the Spanish resources) for request types, statuses and work.</summary>
public static class RequestText
{
    public static string Type(ServiceRequestType type) => type switch
    {
        ServiceRequestType.ReportLeak => "Report a leak",
        ServiceRequestType.StartService => "Start service",
        ServiceRequestType.StopService => "Stop service",
        ServiceRequestType.TransferService => "Transfer service",
        ServiceRequestType.HighBillInvestigation => "Investigate a high bill",
        ServiceRequestType.WaterPressure => "Water pressure",
        _ => "Meter problem",
    };

    public static string Status(ServiceRequestStatus status) => status switch
    {
        ServiceRequestStatus.Submitted => "Received",
        ServiceRequestStatus.Triaged => "Being reviewed",
        ServiceRequestStatus.Dispatched => "Crew assigned",
        ServiceRequestStatus.Resolved => "Resolved",
        _ => "Cancelled",
    };

    public static string Visit(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Open or WorkOrderStatus.Assigned => "Planned",
        WorkOrderStatus.Completed => "Done",
        _ => "Cancelled",
    };

    public static string Severity(LeakSeverity severity) => severity switch
    {
        LeakSeverity.Minor => "A drip or a damp patch",
        LeakSeverity.Steady => "Water running steadily",
        _ => "Water gushing or flooding",
    };

    public static string Contact(ContactPreference contact) => contact switch
    {
        ContactPreference.Email => "E-mail",
        ContactPreference.Sms => "Text message",
        ContactPreference.EmailAndSms => "E-mail and text message",
        _ => "No updates",
    };
}
