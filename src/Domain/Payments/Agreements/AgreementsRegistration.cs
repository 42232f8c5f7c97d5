using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>Payment agreements' use cases, options (<c>Payments:Agreements</c>) and the daily review job.</summary>
public static class AgreementsRegistration
{
    public static IServiceCollection AddPaymentAgreements(IServiceCollection services)
    {
        services.AddOptions<AgreementOptions>().BindConfiguration(AgreementOptions.Section);
        services.AddScoped<DraftPaymentAgreement>();
        services.AddScoped<AcceptPaymentAgreement>();
        services.AddScoped<RecordCounterSignature>();
        services.AddScoped<CancelPaymentAgreement>();
        services.AddScoped<GetPaymentAgreement>();
        services.AddScoped<GetAgreementPrintout>();
        services.AddScoped<ListPaymentAgreements>();
        services.AddScoped<AgreementInstallmentsDue>();
        services.AddScoped<AgreementDefaults>();
        services.AddHostedService<AgreementWorker>();
        return services;
    }
}
