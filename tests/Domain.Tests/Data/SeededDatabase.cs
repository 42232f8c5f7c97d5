using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>A fresh SQLite file in a temporary folder, with the services a site would have: database, Identity, use cases.</summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    private SeededDatabase(string folder, Dictionary<string, string?> settings)
    {
        Folder = folder;
        File = Path.Combine(folder, "utility.db");
        settings["ConnectionStrings:Utility"] = $"Data Source={File}";
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddUtilityDatabase(Configuration);
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<GetAccountOverview>();
        Services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public string File { get; }

    public IConfiguration Configuration { get; }

    public ServiceProvider Services { get; }

    public static SeededDatabase Create(Dictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "utilityportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SeededDatabase(folder, settings ?? []);
    }

    public async Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<UtilityDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

public sealed class TestEnvironment(string name, string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "UtilityPortal.Tests";

    public string ContentRootPath { get; set; } = contentRoot;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
