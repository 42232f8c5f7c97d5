using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.GraphApi.Hosting;

/// <summary>
/// What both sites share: the database, Identity with lockout, per-site cookies and Data Protection keys in the
/// database (so any node can read any cookie), sign-in rate limiting, English and Spanish, and the Domain use cases.
/// </summary>
public static class SiteHosting
{
    /// <summary>The rate limiter policy for sign-in, registration and password reset.</summary>
    public const string AuthRateLimit = "auth";

    public static readonly CultureInfo[] Cultures = [new("en-US"), new("es-US")];

    public static WebApplicationBuilder AddUtilitySite(this WebApplicationBuilder builder, string siteName)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(config);
        services.AddDomainUseCases();
        // Validates the rate schedule folder before the site takes requests, and runs the bill run worker.
        services.AddBillingBackgroundWork();
        services.AddUtilityNotifications(config);

        services.AddIdentity<UtilityUser, Microsoft.AspNetCore.Identity.IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<UtilityDbContext>()
            .AddDefaultTokenProviders();

        // A password change updates the security stamp; checking it often ends the user's other sessions quickly.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = config.GetValue("Identity:SecurityStampValidationInterval", TimeSpan.FromMinutes(1)));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = $".UtilityPortal.{siteName}";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(o => o.Cookie.Name = $".UtilityPortal.{siteName}.Antiforgery");

        // Keys live in the database so every node behind the load balancer reads every cookie; the application
        // name differs per site so a Portal cookie is worthless on the BackOffice.
        services.AddDataProtection()
            .SetApplicationName($"UtilityPortal.{siteName}")
            .PersistKeysToDbContext<UtilityDbContext>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var permits = config.GetValue("RateLimits:AuthPermitsPerMinute", 10);
            // Only attempts count: reading the sign-in page is free, so staff behind one office address are not
            // locked out by page loads.
            o.AddPolicy(AuthRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The request pipeline both sites share, up to and including authorization.</summary>
    public static WebApplication UseUtilitySite(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IServiceCollection AddDomainUseCases(this IServiceCollection services)
    {
        services.AddScoped<AccountAccess>();
        services.AddScoped<SearchAccounts>();
        services.AddScoped<UpdateContactDetails>();
        services.AddScoped<AddInteraction>();
        services.AddScoped<LinkServiceAccount>();
        services.AddScoped<GetAccountOverview>();
        services.AddScoped<PostToLedger>();
        services.AddBilling();
        services.AddPayments();
        services.AddMeterReadUseCases();
        UtilityPortal.Domain.Attachments.AttachmentsRegistration.AddAttachments(services);
        UtilityPortal.Domain.Development.DevelopmentRegistration.AddDevelopment(services);
        UtilityPortal.Domain.Adjustments.AdjustmentsRegistration.AddAdjustments(services);
        UtilityPortal.Domain.Service.ServiceRegistration.AddServiceRequests(services);
        UtilityPortal.Domain.Service.Lifecycle.LifecycleRegistration.AddServiceLifecycle(services);
        return services;
    }

    /// <summary>Sets the language cookie the request localization middleware reads.</summary>
    public static void SetLanguage(HttpResponse response, string language)
    {
        var culture = language == Languages.Spanish ? "es-US" : "en-US";
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }
}
