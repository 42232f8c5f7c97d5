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
        services.TryAddScoped<IPaymentGateway>(sp =>
        {
            var stripe = sp.GetRequiredService<IOptions<StripeOptions>>().Value;
            return stripe.IsConfigured
                ? new StripeGateway(StripeGateway.CreateClient(stripe, sp.GetRequiredService<IHttpClientFactory>().CreateClient(StripeGateway.HttpClientName)))
                : new SandboxGateway();
        });
        services.TryAddScoped<CheckoutUrls>();
        services.TryAddScoped<CreateCheckout>();
        services.TryAddScoped<ListPayments>();
        services.TryAddScoped<GetPortalReceipt>();
        return services;
    }
}
