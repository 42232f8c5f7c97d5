using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Service;

/// <summary>Service requests, work orders and appointment slots; service levels from <c>Service:ServiceLevels</c>.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddServiceRequests(IServiceCollection services)
    {
        services.AddOptions<ServiceLevelOptions>().BindConfiguration(ServiceLevelOptions.Section);
        services.AddScoped<ServiceUpdates>();
        services.AddScoped<FileServiceRequest>();
        services.AddScoped<TriageServiceRequest>();
        services.AddScoped<CreateWorkOrders>();
        services.AddScoped<ScheduleWorkOrder>();
        services.AddScoped<CompleteWorkOrder>();
        services.AddScoped<CancelWorkOrder>();
        services.AddScoped<CloseServiceRequest>();
        services.AddScoped<AddServiceNote>();
        services.AddScoped<AppointmentSlots>();
        services.AddScoped<ServiceTriage>();
        services.AddScoped<ServiceRequestLists>();
        services.AddScoped<GetServiceRequest>();
        return services;
    }
}
