using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>Deposits: requiring, holding, waiving and refunding what remains at close.</summary>
public static class DepositsRegistration
{
    public static IServiceCollection AddDeposits(IServiceCollection services)
    {
        services.AddScoped<DepositSection>();
        services.AddScoped<RequireDeposit>();
        services.AddScoped<HoldPaidDeposits>();
        services.AddScoped<HoldDeposit>();
        services.AddScoped<WaiveDeposit>();
        services.AddScoped<RefundRemainingCredit>();
        return services;
    }
}
