using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Meters;

public static class MetersRegistration
{
    /// <summary>The meter read use cases; SiteHosting.AddDomainUseCases calls this for both sites.</summary>
    public static IServiceCollection AddMeterReadUseCases(this IServiceCollection services)
    {
        services.AddScoped<ImportMeterReads>();
        services.AddScoped<StageReadFile>();
        services.AddScoped<ReadImportHistory>();
        return services;
    }
}
