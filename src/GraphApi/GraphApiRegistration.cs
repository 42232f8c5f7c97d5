using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UtilityPortal.GraphApi.Authorization;
using UtilityPortal.GraphApi.Errors;
using UtilityPortal.GraphApi.Http;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types;

namespace UtilityPortal.GraphApi;

/// <summary>The two calls a site makes to serve the GraphQL API at /graphql.</summary>
public static class GraphApiRegistration
{
    public const string Path = "/graphql";

    public static IServiceCollection AddUtilityGraphApi(this IServiceCollection services)
    {
        services.AddOptions<GraphApiOptions>().BindConfiguration(GraphApiOptions.Section);
        services.AddScoped<RequestLoaders>();
        services.AddScoped<Types.Meters.MeterReadsLoader>();
        services.AddGraphQL(graph => graph
            .AddSchema<UtilitySchema>()
            .AddGraphTypes(typeof(UtilitySchema).Assembly)
            .AddSystemTextJson()
            // Resolvers share the request's DbContext, which allows one command at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .UseMiddleware<DomainErrorMiddleware>()
            .AddValidationRule<AuthorizationValidationRule>()
            .AddValidationRule<IntrospectionRule>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphApiOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
            })
            .AddErrorInfoProvider(provider => new UtilityErrorInfoProvider(provider.GetRequiredService<IHostEnvironment>().IsDevelopment())));
        return services;
    }

    public static IEndpointRouteBuilder MapUtilityGraphApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync);
        return endpoints;
    }
}
