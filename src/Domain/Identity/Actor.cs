using System.Security.Claims;

namespace UtilityPortal.Domain.Identity;

/// <summary>Who is asking a use case to act: the signed-in user as the Domain needs to know them.</summary>
public sealed record Actor(string UserId, string Name, bool IsStaff, IReadOnlySet<string> Roles)
{
    public static Actor System(string name) => new("system", name, true, new HashSet<string>(StringComparer.Ordinal));

    public bool IsInRole(string role) => Roles.Contains(role);

    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new DomainException(ErrorCodes.Forbidden, "Sign in first.");
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var isStaff = roles.Overlaps(StaffRoles.All);
        return new Actor(id, principal.Identity?.Name ?? id, isStaff, roles);
    }
}
