using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Notifications;

/// <summary>Chooses the e-mail adapter. Only the pick-up folder exists so far; SMTP will be selected here by <c>Email:Smtp:Host</c>.</summary>
public static class EmailRegistration
{
    public const string DefaultPickupFolder = "data/mail";

    public static IServiceCollection AddUtilityEmail(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var folder = ResolvePickupFolder(configuration["Email:PickupFolder"], contentRootPath);
        var from = configuration["Email:From"] ?? "City Utilities <no-reply@utilities.example.org>";
        services.AddSingleton(sp => new PickupFolderEmailSender(folder, from, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<PickupFolderEmailSender>());
        return services;
    }

    /// <summary>
    /// A relative folder is taken from the repository root (as the SQLite file is), so both sites, whichever directory
    /// they start in, drop their mail in the one git-ignored <c>data/mail</c>; outside a checkout, from the content root.
    /// </summary>
    public static string ResolvePickupFolder(string? configured, string contentRootPath)
    {
        var folder = string.IsNullOrWhiteSpace(configured) ? DefaultPickupFolder : configured;
        return Path.IsPathRooted(folder)
            ? folder
            : Path.GetFullPath(Path.Combine(DatabaseInitializer.FindRepositoryRoot(contentRootPath) ?? contentRootPath, folder));
    }
}
