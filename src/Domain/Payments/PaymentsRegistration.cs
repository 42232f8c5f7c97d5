using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments;

/// <summary>Payments' services: gateways, posting, counter and lockbox, deposits, agreements, delinquency.</summary>
public static class PaymentsRegistration
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddScoped<PostPayment>();
        Counter.CounterRegistration.AddCounterPaymentsAndRefunds(services);
        Checkout.CheckoutRegistration.AddPortalCheckout(services);
        Autopay.AutopayRegistration.AddAutopayAndPaperless(services);
        Lockbox.LockboxRegistration.AddLockbox(services);
        Deposits.DepositsRegistration.AddDeposits(services);
        Collections.CollectionsRegistration.AddCollections(services);
        Agreements.AgreementsRegistration.AddPaymentAgreements(services);
        return services;
    }
}
