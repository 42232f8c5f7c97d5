namespace UtilityPortal.Domain.Service;

/// <summary>
/// Service-level targets, section <c>Service:ServiceLevels</c>: hours from filing to resolution by priority, with
/// overrides by request type, e.g. <c>"ByType": { "ReportLeak": { "Emergency": 2 } }</c>. Also the priority each type
/// starts at before a specialist triages it.
/// </summary>
public sealed class ServiceLevelOptions
{
    public const string Section = "Service:ServiceLevels";

    public Dictionary<RequestPriority, int> Hours { get; } = new()
    {
        [RequestPriority.Emergency] = 4,
        [RequestPriority.High] = 24,
        [RequestPriority.Normal] = 72,
        [RequestPriority.Low] = 168,
    };

    public Dictionary<ServiceRequestType, Dictionary<RequestPriority, int>> ByType { get; } = new()
    {
        [ServiceRequestType.HighBillInvestigation] = new() { [RequestPriority.Normal] = 120 },
    };

    public Dictionary<ServiceRequestType, RequestPriority> DefaultPriority { get; } = new()
    {
        [ServiceRequestType.ReportLeak] = RequestPriority.Emergency,
        [ServiceRequestType.WaterPressure] = RequestPriority.High,
    };

    public RequestPriority StartingPriority(ServiceRequestType type) =>
        DefaultPriority.TryGetValue(type, out var priority) ? priority : RequestPriority.Normal;

    /// <summary>When a request of this type and priority filed at <paramref name="submittedAt"/> must be resolved.</summary>
    public DateTimeOffset DueBy(ServiceRequestType type, RequestPriority priority, DateTimeOffset submittedAt)
    {
        var hours = ByType.TryGetValue(type, out var own) && own.TryGetValue(priority, out var typed) ? typed
            : Hours.TryGetValue(priority, out var general) ? general
            : 72;
        return submittedAt.AddHours(Math.Max(1, hours));
    }
}
