namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>The words both sites show for a change (each site translates them through its resources).</summary>
public static class ServiceChangeText
{
    public static string Kind(ServiceChangeKind kind) => kind switch
    {
        ServiceChangeKind.Start => "Start service",
        ServiceChangeKind.Stop => "Stop service",
        _ => "Move service",
    };

    public static string Status(ServiceChangeView change) => change.State switch
    {
        ServiceChangeState.Cancelled => "Cancelled",
        ServiceChangeState.Completed => change.Kind switch
        {
            ServiceChangeKind.Start => "Service started",
            ServiceChangeKind.Stop => "Service stopped and final bill sent",
            _ => "Moved: old service stopped, new service started",
        },
        _ when change.FieldNote is not null => "The crew could not finish the work; another visit will be arranged",
        _ when change.StoppedOn is not null => "Old service stopped; new service waiting for the crew",
        _ => "Waiting for the crew",
    };
}
