using UtilityPortal.TestSupport;

namespace UtilityPortal.BackOffice.Tests.Support;

/// <summary>The BackOffice on its own database with the small demo city and demo logins (Development).</summary>
public class BackOfficeFactory : SiteFactory<BackOfficeSite>
{
    /// <summary>Where this instance's mails land, so a test can read what a staff member would receive.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "utilityportal-tests", "mail-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:PickupFolder"] = MailFolder,
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

/// <summary>Three sign-in requests a minute, so a test reaches the limit quickly.</summary>
public sealed class RateLimitedFactory : SiteFactory<BackOfficeSite>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:AuthPermitsPerMinute"] = "3",
    };
}

/// <summary>
/// Production: two-factor sign-in is enforced, the database is migrated on startup (the base factory sets
/// Database:MigrateOnStartup) but nothing is seeded, so tests create the users they need.
/// </summary>
public sealed class ProductionFactory : SiteFactory<BackOfficeSite>
{
    protected override string EnvironmentName => "Production";
}
