using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>The gateway (Stripe with a secret key, the sandbox without), portal checkout, gateway events and payment history.</summary>
public static class CheckoutRegistration
{
    public static IServiceCollection AddPortalCheckout(this IServiceCollection services)
    {
        services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section);
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section);
        services.AddHttpContextAccessor();
        services.AddHttpClient(StripeGateway.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));

        // The client exists only with a secret key; without one the sandbox stands in for Stripe.
        services.TryAddScoped(sp => StripeGateway.CreateClient(sp.GetRequiredService<IOptions<StripeOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(StripeGateway.HttpClientName)));
        services.TryAddScoped<IPaymentGateway>(sp => sp.GetRequiredService<IOptions<StripeOptions>>().Value.IsConfigured
            ? new StripeGateway(sp.GetRequiredService<Stripe.StripeClient>())
            : new SandboxGateway());
        services.TryAddScoped<StripeEventReader>();
        services.AddMetrics();
        services.TryAddSingleton<GatewayEventMetrics>();
        services.TryAddSingleton<GatewayEventBatcher>();
        services.TryAddScoped<GatewayEventBatch>();
        services.TryAddScoped<ProcessGatewayEvent>();
        services.TryAddScoped<CheckoutUrls>();
        services.TryAddScoped<CreateCheckout>();
        services.TryAddScoped<ListPayments>();
        services.TryAddScoped<GetPortalReceipt>();
        services.TryAddScoped<SandboxCheckout>();
        return services;
    }
}
