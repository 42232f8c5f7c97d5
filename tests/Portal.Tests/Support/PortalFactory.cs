using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Portal;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Support;

/// <summary>The Portal on its own database and its own mail pick-up folder, so tests can read the mail a user would get.</summary>
public class PortalFactory : SiteFactory<PortalSite>
{
    public const string ResidentEmail = "resident@example.com";

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "utilityportal-tests", "mail-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Email:PickupFolder"] = MailFolder };

    public IReadOnlyList<PickedUpMail> MailsTo(string email) =>
        PickupFolder.ReadAll(MailFolder).Where(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>A user as registration would leave it (confirmed unless told otherwise), with the demo password.</summary>
    public async Task<UtilityUser> CreateUserAsync(string email, UserKind kind = UserKind.Resident, bool confirmed = true, string password = HtmlForms.DemoPassword)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var user = new UtilityUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = email, Kind = kind };
        Check(await users.CreateAsync(user, password));
        var role = kind switch
        {
            UserKind.Contractor => PublicRoles.Contractor,
            UserKind.Staff => StaffRoles.SpecialistI,
            _ => PublicRoles.Resident,
        };
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>Links an account to a user directly, as if they had proved it, and returns its number.</summary>
    public Task<string> LinkAnyAccountAsync(string userId, IReadOnlyCollection<Guid> except) => WithDbAsync(async db =>
    {
        var account = await db.ServiceAccounts.AsNoTracking()
            .Where(a => !except.Contains(a.Id) && !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id))
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number })
            .FirstAsync();
        db.AccountLinks.Add(new AccountLink(userId, account.Id, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return account.Number.Value;
    });

    public Task<List<(Guid Id, string Number)>> LinkedAccountsAsync(string email) => WithDbAsync(async db =>
    {
        var normalized = email.ToUpperInvariant();
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        var rows = await db.AccountLinks.Where(l => l.UserId == userId)
            .Join(db.ServiceAccounts, l => l.ServiceAccountId, a => a.Id, (l, a) => new { a.Id, a.Number })
            .ToListAsync();
        return rows.Select(r => (r.Id, r.Number.Value)).OrderBy(r => r.Value, StringComparer.Ordinal).ToList();
    });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}
