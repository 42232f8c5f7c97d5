using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>The resident's linked accounts, oldest link first, each with what is owed.</summary>
public sealed class IndexModel(AccountAccess access, GetAccountOverview overview, UtilityDbContext db) : PageModel
{
    public IReadOnlyList<AccountOverview> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var ids = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var numbers = await db.ServiceAccounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Number })
            .ToDictionaryAsync(a => a.Id, a => a.Number.Value, ct);

        // A resident links a handful of accounts (a home, a rental): one overview each reads the same figures as the
        // dashboard, so the two pages can never disagree.
        var accounts = new List<AccountOverview>(ids.Count);
        foreach (var id in ids)
        {
            accounts.Add(await overview.HandleAsync(actor, numbers[id], ct));
        }

        Accounts = accounts;
    }
}
