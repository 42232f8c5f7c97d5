using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>Starting, stopping and transferring service, and the work-order hook that carries them out.</summary>
public static class LifecycleRegistration
{
    public static IServiceCollection AddServiceLifecycle(IServiceCollection services)
    {
        services.AddScoped<RequestStartService>();
        services.AddScoped<RequestStopService>();
        services.AddScoped<RequestTransferService>();
        services.AddScoped<CancelServiceChange>();
        services.AddScoped<RecordServiceRead>();
        services.AddScoped<RedispatchServiceChange>();
        services.AddScoped<ListServiceChanges>();
        services.AddScoped<LifecycleBills>();
        services.AddScoped<OpenStartedAccount>();
        services.AddScoped<FinalStoppedAccount>();
        services.AddScoped<IWorkOrderCompletedHandler, ServiceChangeCompletion>();
        return services;
    }
}
