using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Development;

/// <summary>Contractor estimates: options from the <c>Development</c> section and every estimate use case.</summary>
public static class DevelopmentRegistration
{
    public static IServiceCollection AddDevelopment(this IServiceCollection services)
    {
        services.AddOptions<DevelopmentOptions>().BindConfiguration(DevelopmentOptions.Section);
        services.AddScoped<PreviewEstimate>();
        services.AddScoped<RequestEstimate>();
        services.AddScoped<ListEstimates>();
        services.AddScoped<GetEstimate>();
        services.AddScoped<StartEstimateReview>();
        services.AddScoped<AddEstimateLine>();
        services.AddScoped<RemoveEstimateLine>();
        services.AddScoped<IssueEstimate>();
        services.AddScoped<ReviseEstimate>();
        services.AddScoped<ExpireEstimates>();
        services.AddScoped<AcceptEstimate>();
        services.AddScoped<ConvertEstimate>();
        return services;
    }
}
