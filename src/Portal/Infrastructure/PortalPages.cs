using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>Everything the Portal adds on top of the shared site hosting: pages, who may open them, e-mail, translations.</summary>
public static class PortalPages
{
    public const string ResidentPolicy = "Resident";
    public const string ContractorPolicy = "Contractor";

    /// <summary>Anyone who pays through the gateway: residents their bills, contractors an estimate's fees.</summary>
    public const string PayerPolicy = "Payer";

    public static WebApplicationBuilder AddPortalPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddUtilityEmail(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddScoped<AccountEmails>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ResidentPolicy, p => p.RequireRole(PublicRoles.Resident))
            .AddPolicy(ContractorPolicy, p => p.RequireRole(PublicRoles.Contractor))
            .AddPolicy(PayerPolicy, p => p.RequireRole(PublicRoles.Resident, PublicRoles.Contractor));

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Accounts", ResidentPolicy);
                o.Conventions.AuthorizeFolder("/Contractors", ContractorPolicy);
                o.Conventions.AuthorizePage("/Account/ChangePassword");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnhandledMethodFilter>();
                o.Filters.Add<DomainNotFoundFilter>();

                // Every required field carries its own [Required] with a message that can be translated.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>()
            .Configure<IStringLocalizerFactory>((o, factory) => LocalizedBindingMessages.Apply(o.ModelBindingMessageProvider, factory.Create(typeof(SharedResource))));

        // Both sites run on localhost in development, and cookies ignore the port.
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.Name = ".UtilityPortal.Portal.TempData");
        return builder;
    }
}
