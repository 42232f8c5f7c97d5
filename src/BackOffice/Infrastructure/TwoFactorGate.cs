using Microsoft.AspNetCore.Identity;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>
/// Razor pages enforce two-factor enrolment through their authorization policy; the GraphQL endpoint has its own
/// authorization, so this gate keeps a Supervisor or Administrator without two-factor sign-in from using the API
/// with their BackOffice cookie instead.
/// </summary>
public static class TwoFactorGate
{
    public const string ApiPath = "/graphql";

    public static WebApplication UseTwoFactorGateForApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiPath), branch => branch.Use(async (context, next) =>
        {
            if (await IsMissingAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new { message = $"Your role requires two-factor sign-in. Set it up at {TwoFactorEnrolledHandler.SetupPage} first." },
                    },
                });
                return;
            }

            await next(context);
        }));
        return app;
    }

    private static async Task<bool> IsMissingAsync(HttpContext context)
    {
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        if (context.User.Identity?.IsAuthenticated != true || !TwoFactorEnrolledHandler.IsRequired(environment, context.User.IsInRole))
        {
            return false;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<UtilityUser>>();
        var user = await users.GetUserAsync(context.User);
        return user is null || !await users.GetTwoFactorEnabledAsync(user);
    }
}
