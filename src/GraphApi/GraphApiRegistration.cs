using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace UtilityPortal.GraphApi;

/// <summary>The two calls a site makes to serve the GraphQL API at /graphql.</summary>
public static class GraphApiRegistration
{
    public static IServiceCollection AddUtilityGraphApi(this IServiceCollection services)
    {
        // Filled in by the GraphQL endpoint work (schema, validation rules, batch loading).
        return services;
    }

    public static IEndpointRouteBuilder MapUtilityGraphApi(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
