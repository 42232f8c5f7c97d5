using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// The outbox, its worker, the SMS channel (Twilio with keys, offline without), the high-bill notifier and the SMS
/// webhook use cases. The e-mail port comes from <see cref="EmailRegistration"/>, which each site calls.
/// </summary>
public static class NotificationsRegistration
{
    public static IServiceCollection AddUtilityNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.Section));
        services.AddOptions<QuietHoursOptions>().Bind(configuration.GetSection(QuietHoursOptions.Section));
        services.TryAddSingleton(sp => new QuietHours(sp.GetRequiredService<IOptions<QuietHoursOptions>>().Value));

        services.AddHttpClient(TwilioSmsSender.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddScoped<ISmsSender>(sp =>
        {
            var twilio = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            return twilio.CanSend
                ? new TwilioSmsSender(sp.GetRequiredService<IHttpClientFactory>().CreateClient(TwilioSmsSender.HttpClientName), twilio)
                : new OfflineSmsSender();
        });

        services.TryAddScoped<IHighBillNotifier, HighBillNotifier>();
        services.TryAddScoped<OutboxProcessor>();
        services.TryAddScoped<ReceiveInboundSms>();
        services.TryAddScoped<RecordSmsStatus>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
