using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Payments.Refunds;
using UtilityPortal.Domain.Payments.Returns;

namespace UtilityPortal.Domain.Payments.Counter;

/// <summary>Counter payments and cashier batches, moved payments, returned checks and refunds.</summary>
public static class CounterRegistration
{
    public static IServiceCollection AddCounterPaymentsAndRefunds(this IServiceCollection services)
    {
        services.AddScoped<OpenCashierBatch>();
        services.AddScoped<TakeCounterPayment>();
        services.AddScoped<CloseCashierBatch>();
        services.AddScoped<GetCashierBatches>();
        services.AddScoped<GetPaymentReceipt>();
        services.AddScoped<MovePayment>();
        services.AddScoped<RecordReturnedCheck>();
        services.AddScoped<RequestRefund>();
        services.AddScoped<ListRefunds>();
        services.AddScoped<IGatewayRefundRecorder, GatewayRefundRecorder>();
        return services;
    }
}
