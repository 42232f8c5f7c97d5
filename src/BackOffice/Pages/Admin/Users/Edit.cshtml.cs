using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Admin.Users;

/// <summary>One staff user: role change, lock and unlock, and the audit history of what administrators did to them.</summary>
public sealed class EditModel(StaffAdministration staff, IStringLocalizer<SharedResource> t) : PageModel
{
    public StaffUserRow StaffUser { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? TemporaryPassword { get; private set; }

    [BindProperty]
    public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        TemporaryPassword = TempData[CreateModel.TemporaryPasswordKey] as string;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostRoleAsync(string id, CancellationToken ct) =>
        ActAsync(id, () => staff.ChangeRoleAsync(Actor.FromPrincipal(User), id, Role, ct), "The role was changed.", ct);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        ActAsync(id, () => staff.LockAsync(Actor.FromPrincipal(User), id, ct), "The user is locked.", ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        ActAsync(id, () => staff.UnlockAsync(Actor.FromPrincipal(User), id, ct), "The user is unlocked.", ct);

    private async Task<IActionResult> ActAsync(string id, Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["StatusMessage"] = t[done].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var user = await staff.FindAsync(id, ct);
        if (user is null)
        {
            return false;
        }

        StaffUser = user;
        History = await staff.HistoryAsync(id, ct);
        return true;
    }
}
