using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>The lockbox import, its staging and the suspense queue.</summary>
public static class LockboxRegistration
{
    public static IServiceCollection AddLockbox(IServiceCollection services)
    {
        services.AddScoped<ImportLockboxFile>();
        services.AddScoped<StageLockboxFile>();
        services.AddScoped<LockboxBatches>();
        services.AddScoped<ListSuspenseItems>();
        services.AddScoped<ApplySuspenseItem>();
        services.AddScoped<ReturnSuspenseItem>();
        return services;
    }
}
