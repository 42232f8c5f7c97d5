using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Attachments;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>Adjustment requests: making, deciding, posting, listing, and who may read their files.</summary>
public static class AdjustmentsRegistration
{
    public static IServiceCollection AddAdjustments(this IServiceCollection services)
    {
        services.AddOptions<AdjustmentOptions>().BindConfiguration(AdjustmentOptions.Section);
        services.AddScoped<CreateAdjustmentRequest>();
        services.AddScoped<ApproveAdjustmentRequest>();
        services.AddScoped<RejectAdjustmentRequest>();
        services.AddScoped<ListAdjustmentRequests>();
        services.AddScoped<GetAdjustmentRequest>();
        services.AddScoped<ListAdjustableBills>();
        services.AddScoped<IAttachmentOwnerAccess, AdjustmentAttachmentAccess>();
        return services;
    }
}
