using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>Delinquency and collections: options (<c>Payments:Collections</c>), every use case, the work order queue and the past-due notice job.</summary>
public static class CollectionsRegistration
{
    public static IServiceCollection AddCollections(IServiceCollection services)
    {
        services.AddOptions<CollectionsOptions>().BindConfiguration(CollectionsOptions.Section);
        services.AddScoped<AgingReport>();
        services.AddScoped<ShutOffList>();
        services.AddScoped<ProcessShutOff>();
        services.AddScoped<RestoreService>();
        services.AddScoped<FlagBankruptcy>();
        services.AddScoped<FlagCriticalCare>();
        services.AddScoped<ReleaseCollectionHold>();
        services.AddScoped<WriteOffBalance>();
        services.AddScoped<TransferBalance>();
        services.AddScoped<SendPastDueNotices>();
        services.AddScoped<GetCollectionStanding>();
        services.AddScoped<WorkOrderDispatch>();
        services.AddHostedService<PastDueNoticeWorker>();
        return services;
    }
}
