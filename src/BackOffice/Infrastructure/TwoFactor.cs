using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>Supervisors and Administrators must have two-factor sign-in enabled before they use the site (outside Development).</summary>
public sealed class TwoFactorEnrolledRequirement : IAuthorizationRequirement;

/// <summary>Marks the pages a user must still reach while enrolling: the two-factor setup page itself.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

public sealed class TwoFactorEnrolledHandler(IHostEnvironment environment, UserManager<UtilityUser> users)
    : AuthorizationHandler<TwoFactorEnrolledRequirement>
{
    public const string SetupPage = "/Account/Manage/TwoFactor";

    /// <summary>Whether someone holding these roles must use two-factor sign-in here.</summary>
    public static bool IsRequired(IHostEnvironment environment, Func<string, bool> isInRole) =>
        !environment.IsDevelopment() && StaffRoles.RequireTwoFactor.Any(isInRole);

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolledRequirement requirement)
    {
        var exempt = context.Resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null;
        if (exempt || !IsRequired(environment, context.User.IsInRole))
        {
            context.Succeed(requirement);
            return;
        }

        // Read from the database rather than a claim, so enabling or disabling takes effect on the very next request.
        var user = await users.GetUserAsync(context.User);
        if (user is not null && await users.GetTwoFactorEnabledAsync(user))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Sends a signed-in user who is only missing two-factor enrolment to the setup page instead of "access denied".</summary>
public sealed class TwoFactorSetupRedirect(AuthorizationMiddlewareResultHandler fallback) : IAuthorizationMiddlewareResultHandler
{
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorEnrolledRequirement>().Any() == true)
        {
            context.Response.Redirect(TwoFactorEnrolledHandler.SetupPage);
            return Task.CompletedTask;
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
