using Microsoft.AspNetCore.Authorization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using UtilityPortal.BackOffice.Pages.Admin.Users;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>The BackOffice's own registrations on top of what both sites share (SiteHosting).</summary>
public static class BackOfficeHosting
{
    public static WebApplicationBuilder AddBackOfficePages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                // Deny by default: every page needs a staff role; sign-in pages opt out with [AllowAnonymous].
                o.Conventions.AuthorizeFolder("/", StaffPolicies.Staff);
                o.Conventions.AuthorizeFolder("/Admin", StaffPolicies.Administrator);
            })
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireRole(StaffRoles.All).AddRequirements(new TwoFactorEnrolledRequirement()))
            .AddPolicy(StaffPolicies.Administrator, p => p.RequireRole(StaffRoles.Administrator).AddRequirements(new TwoFactorEnrolledRequirement()));
        services.AddScoped<IAuthorizationHandler, TwoFactorEnrolledHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();
        services.AddScoped<StaffAdministration>();

        // The e-mail port may already be registered by the shared hosting; password reset mails need it either way.
        if (!services.Any(d => d.ServiceType == typeof(IEmailSender)))
        {
            services.AddUtilityEmail(builder.Configuration, builder.Environment.ContentRootPath);
        }

        services.Configure<RequestLocalizationOptions>(o => o.ApplyCurrentCultureToResponseHeaders = true);
        // Spanish text stays readable in the HTML instead of every accented letter becoming a character reference.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}
