using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Admin.Users;

public sealed record StaffUserRow(string Id, string DisplayName, string Email, string? Role, bool Locked, bool TwoFactorEnabled);

/// <summary>
/// What an Administrator does to staff users. Each action and its audit entry commit in one transaction, so there is
/// never a change without its record. Rules: roles come from the career path only, and nobody demotes or locks themself
/// (the last administrator cannot shut everyone out).
/// </summary>
public sealed class StaffAdministration(UtilityDbContext db, UserManager<UtilityUser> users, TimeProvider clock)
{
    public const string EntityType = nameof(UtilityUser);

    public Task<List<StaffUserRow>> ListAsync(CancellationToken ct) => QueryAsync(null, ct);

    public async Task<StaffUserRow?> FindAsync(string id, CancellationToken ct) => (await QueryAsync(id, ct)).SingleOrDefault();

    private async Task<List<StaffUserRow>> QueryAsync(string? id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Kind == UserKind.Staff && (id == null || u.Id == id))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var roles = await RolesByUserAsync(staff.Select(s => s.Id).ToList(), ct);
        return staff
            .Select(s => new StaffUserRow(s.Id, s.DisplayName, s.Email ?? string.Empty, roles.GetValueOrDefault(s.Id),
                s.LockoutEnd > now, s.TwoFactorEnabled))
            .ToList();
    }

    /// <summary>Creates a signed-in-ready staff user and returns the temporary password, which is never stored in clear.</summary>
    public async Task<(UtilityUser User, string TemporaryPassword)> CreateAsync(Actor admin, string? name, string? email, string? role, CancellationToken ct)
    {
        RequireAdministrator(admin);
        var errors = new List<DomainError>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the person's name (up to 120 characters).", "DisplayName"));
        }

        string? normalizedEmail = null;
        try
        {
            normalizedEmail = EmailAddress.Normalize(email, "Email");
        }
        catch (DomainException ex)
        {
            errors.AddRange(ex.Errors);
        }

        if (!IsStaffRole(role))
        {
            errors.Add(new(ErrorCodes.Invalid, "Choose a staff role.", "Role"));
        }

        if (normalizedEmail is not null && await users.FindByEmailAsync(normalizedEmail) is not null)
        {
            errors.Add(new(ErrorCodes.Conflict, "A user with this e-mail address already exists.", "Email"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        var user = new UtilityUser
        {
            UserName = normalizedEmail,
            Email = normalizedEmail,
            EmailConfirmed = true,
            DisplayName = name!,
            Kind = UserKind.Staff,
            LockoutEnabled = true,
        };
        var password = TemporaryPassword();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Require(await users.CreateAsync(user, password));
        Require(await users.AddToRoleAsync(user, role!));
        await AuditAsync(admin, "StaffUserCreated", user.Id, "Role", null, role, ct);
        await transaction.CommitAsync(ct);
        return (user, password);
    }

    public async Task ChangeRoleAsync(Actor admin, string userId, string? role, CancellationToken ct)
    {
        RequireAdministrator(admin);
        if (!IsStaffRole(role))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a staff role.", "Role");
        }

        var user = await RequireStaffAsync(userId);
        NotSelf(admin, user, "You cannot change your own role; ask another administrator.");
        var current = (await users.GetRolesAsync(user)).Where(IsStaffRole).ToList();
        if (current.Count == 1 && current[0] == role)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (current.Count > 0)
        {
            Require(await users.RemoveFromRolesAsync(user, current));
        }

        Require(await users.AddToRoleAsync(user, role!));
        // The new role applies from the user's next request, not at the end of their session.
        Require(await users.UpdateSecurityStampAsync(user));
        await AuditAsync(admin, "StaffRoleChanged", user.Id, "Role", string.Join(",", current), role, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task LockAsync(Actor admin, string userId, CancellationToken ct)
    {
        RequireAdministrator(admin);
        var user = await RequireStaffAsync(userId);
        NotSelf(admin, user, "You cannot lock your own account.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Require(await users.SetLockoutEnabledAsync(user, true));
        Require(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        // Locking also ends the sessions the user already has.
        Require(await users.UpdateSecurityStampAsync(user));
        await AuditAsync(admin, "StaffUserLocked", user.Id, "Locked", "no", "yes", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task UnlockAsync(Actor admin, string userId, CancellationToken ct)
    {
        RequireAdministrator(admin);
        var user = await RequireStaffAsync(userId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Require(await users.SetLockoutEndDateAsync(user, null));
        Require(await users.ResetAccessFailedCountAsync(user));
        await AuditAsync(admin, "StaffUserUnlocked", user.Id, "Locked", "yes", "no", ct);
        await transaction.CommitAsync(ct);
    }

    public Task<List<AuditEntry>> HistoryAsync(string userId, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == EntityType && a.EntityId == userId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(ct);

    private static void RequireAdministrator(Actor admin)
    {
        if (!admin.IsInRole(StaffRoles.Administrator))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only an administrator manages staff users.");
        }
    }

    private static bool IsStaffRole(string? role) => role is not null && StaffRoles.All.Contains(role);

    private async Task<UtilityUser> RequireStaffAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is { Kind: UserKind.Staff } ? user : throw DomainException.NotFound("Staff user");
    }

    private static void NotSelf(Actor admin, UtilityUser user, string message)
    {
        if (admin.UserId == user.Id)
        {
            throw new DomainException(ErrorCodes.Forbidden, message);
        }
    }

    private async Task AuditAsync(Actor admin, string action, string userId, string field, string? before, string? after, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), admin.Name, action, EntityType, userId, field, before, after));
        await db.SaveChangesAsync(ct);
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(result.Errors.Select(e => new DomainError(ErrorCodes.Invalid, e.Description)).ToList());
        }
    }

    /// <summary>16 random characters from an alphabet without look-alikes, plus the classes the password policy asks for.</summary>
    private static string TemporaryPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16) + "-Aa7";
    }

    private async Task<Dictionary<string, string>> RolesByUserAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.Where(p => IsStaffRole(p.Name))
            .GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p.Name)));
    }
}
