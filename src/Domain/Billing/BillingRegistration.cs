using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Billing.Runs;

namespace UtilityPortal.Domain.Billing;

/// <summary>
/// Billing's services: options from the <c>Billing</c> section, the schedule catalog and the startup check of the
/// schedule folder, every billing use case, and the bill run worker. The <see cref="IHighBillNotifier"/> comes from
/// Notifications (<c>AddUtilityNotifications</c>); a host without it must register one.
/// </summary>
public static class BillingRegistration
{
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section);
        services.AddScoped<RateScheduleCatalog>();
        services.AddScoped<UploadRateSchedule>();
        services.AddScoped<ListRateSchedules>();
        services.AddScoped<PreviewBill>();

        services.AddScoped<AccountDrafting>();
        services.AddScoped<HighBillNotices>();
        services.AddScoped<PrepareBill>();
        services.AddScoped<IssueBill>();
        services.AddScoped<CancelRebill>();
        services.AddScoped<RecalculateBill>();
        services.AddScoped<ReleaseBill>();
        services.AddScoped<GetBill>();
        services.AddScoped<ListBills>();

        services.AddScoped<StartBillRun>();
        services.AddScoped<GetBillRun>();
        services.AddScoped<ListBillExceptions>();
        services.AddScoped<ResolveBillExceptions>();
        services.AddScoped<ApproveBillRun>();
        services.AddScoped<PostBillRun>();
        services.AddSingleton<BillRunProcessor>();

        services.AddScoped<BillingRegister>();
        services.AddScoped<ConsumptionReport>();
        services.AddScoped<HighLowReport>();
        services.AddScoped<RevenueByService>();
        return services;
    }

    /// <summary>The startup check of the rate schedule folder (a site does not start with an invalid schedule) and the bill run worker.</summary>
    public static IServiceCollection AddBillingBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService<RateScheduleStartup>();
        services.AddHostedService<BillRunWorker>();
        return services;
    }
}
