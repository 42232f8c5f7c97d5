using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests.Support;

/// <summary>Arranges sign-ins directly in the site's database, for tests that must not disturb the shared demo logins.</summary>
public static class Staff
{
    public const string Password = "Test-pass-2026!";

    public const string SpecialistI = "specialist1@example.com";
    public const string Supervisor = "supervisor@example.com";
    public const string Administrator = "admin@example.com";
    public const string Resident = "resident@example.com";

    public static async Task<string> CreateAsync(IServiceProvider services, string role, UserKind kind = UserKind.Staff)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var user = new UtilityUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + role,
            Kind = kind,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return email;
    }

    public static async Task<UtilityUser> FindAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
