using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Payments.Paperless;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>Autopay (enrolment, the gateway's setup completion, the due-date worker, the failures list) and paperless bill notices.</summary>
public static class AutopayRegistration
{
    public static IServiceCollection AddAutopayAndPaperless(this IServiceCollection services)
    {
        services.AddOptions<AutopayOptions>().BindConfiguration(AutopayOptions.Section);
        services.AddOptions<PaperlessOptions>().BindConfiguration(PaperlessOptions.Section);
        services.AddScoped<CustomerOutbox>();
        services.AddScoped<StartAutopayEnrollment>();
        services.AddScoped<CompleteAutopaySetup>();
        services.AddScoped<IAutopaySetupCompletion>(sp => sp.GetRequiredService<CompleteAutopaySetup>());
        services.AddScoped<CancelAutopay>();
        services.AddScoped<GetAutopay>();
        services.AddScoped<ListAutopayFailures>();
        services.AddScoped<AutopayProcessor>();
        services.AddScoped<SetPaperless>();
        services.AddScoped<PaperlessNoticeProcessor>();
        services.AddHostedService<AutopayWorker>();
        services.AddHostedService<PaperlessNoticeWorker>();
        return services;
    }
}
