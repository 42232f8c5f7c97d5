using System.Security.Claims;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi;

/// <summary>What resolvers take from the request: its services, its loaders and who is asking.</summary>
internal static class ResolveContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set.")).GetRequiredService<T>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.Service<RequestLoaders>();

    /// <summary>The signed-in caller. The authorization rule has already refused anonymous requests.</summary>
    public static Actor Actor(this IResolveFieldContext context) => Domain.Identity.Actor.FromPrincipal(context.User ?? new ClaimsPrincipal());
}
