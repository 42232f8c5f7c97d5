using Microsoft.AspNetCore.Identity;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Infrastructure;

public static class PortalUsers
{
    /// <summary>
    /// Staff share the one user store but belong to the BackOffice (with its two-factor rules); the Portal treats them
    /// like an unknown e-mail, so it neither signs them in nor reveals that the address belongs to staff.
    /// </summary>
    public static async Task<bool> IsStaffAsync(this UserManager<UtilityUser> users, UtilityUser user) =>
        user.Kind == UserKind.Staff || (await users.GetRolesAsync(user)).Any(StaffRoles.All.Contains);
}
