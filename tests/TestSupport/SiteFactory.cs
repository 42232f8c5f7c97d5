using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.TestSupport;

/// <summary>
/// Hosts a site in memory against its own real database (migrated and seeded with a small demo city, with the demo
/// logins), so tests see exactly what a user of that site would.
/// </summary>
public class SiteFactory<TEntry> : WebApplicationFactory<TEntry>
    where TEntry : class
{
    private readonly TestDatabase _database = new();

    /// <summary>Demo city size for tests: small enough to seed in well under a second.</summary>
    public const int DemoAccounts = 60;

    public TestDatabase Database => _database;

    protected virtual string EnvironmentName => "Development";

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Utility"] = _database.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["DemoCity:Accounts"] = DemoAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:AuthPermitsPerMinute"] = "1000",
            ["Identity:SecurityStampValidationInterval"] = "00:00:00",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A scope for reading or arranging data directly in the site's database.</summary>
    public async Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        return await work(db);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests see them).</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
