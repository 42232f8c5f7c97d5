using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.BackOffice;
using UtilityPortal.Domain.Data;
using UtilityPortal.Portal;
using UtilityPortal.TestSupport;

namespace UtilityPortal.GraphApi.Tests.Infrastructure;

/// <summary>A site under test that also counts the SQL commands it sends.</summary>
public interface IApiSite
{
    SqlCommandCounter SqlCommands { get; }

    IServiceProvider Services { get; }

    HttpClient CreateBrowser();
}

public class PortalApiFactory : SiteFactory<PortalSite>, IApiSite
{
    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.CountSqlCommands(SqlCommands));
    }
}

public class BackOfficeApiFactory : SiteFactory<BackOfficeSite>, IApiSite
{
    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.CountSqlCommands(SqlCommands));
    }
}

/// <summary>The Portal as it runs in production: no introspection, no exception details.</summary>
public sealed class ProductionPortalApiFactory : PortalApiFactory
{
    protected override string EnvironmentName => "Production";
}

internal static class SqlCommandCounting
{
    /// <summary>The site registers its context per provider; the counter joins whichever is in use.</summary>
    public static void CountSqlCommands(this IServiceCollection services, SqlCommandCounter counter)
    {
        services.AddSingleton<IStartupFilter>(new CountRequestsFilter(counter));
        services.ConfigureDbContext<SqliteUtilityDbContext>(o => o.AddInterceptors(counter));
        services.ConfigureDbContext<PostgresUtilityDbContext>(o => o.AddInterceptors(counter));
    }
}

/// <summary>A Portal whose requests may run for no time at all, to prove the timeout is applied.</summary>
public sealed class ImpatientPortalApiFactory : PortalApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphApi:Timeout"] = "00:00:00.0000001" };
}

/// <summary>Puts the counter's request mark first in the pipeline, so every command a request causes is counted.</summary>
internal sealed class CountRequestsFilter(SqlCommandCounter counter) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            counter.EnterRequest();
            await nextMiddleware(context);
        });
        next(app);
    };
}
