using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>Deposits: requiring, holding (at once, and by the sweep after other payments), waiving and refunding what remains at close.</summary>
public static class DepositsRegistration
{
    public static IServiceCollection AddDeposits(IServiceCollection services)
    {
        services.AddOptions<DepositOptions>().BindConfiguration(DepositOptions.Section);
        services.AddScoped<DepositSection>();
        services.AddScoped<RequireDeposit>();
        services.AddScoped<HoldPaidDeposits>();
        services.AddScoped<HoldDeposit>();
        services.AddScoped<WaiveDeposit>();
        services.AddScoped<RefundRemainingCredit>();
        services.AddHostedService<DepositHoldWorker>();
        return services;
    }
}
