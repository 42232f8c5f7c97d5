using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Suspense;

/// <summary>The suspense queue: lockbox payments no account could be matched to, oldest first; open ones by default.</summary>
public sealed class IndexModel(ListSuspenseItems list) : PageModel
{
    public SuspenseStatus? Status { get; private set; }

    public IReadOnlyList<SuspenseItemView> Items { get; private set; } = [];

    /// <param name="status">open (default), applied, returned or all.</param>
    public async Task OnGetAsync(string? status, CancellationToken ct)
    {
        Status = status?.ToLowerInvariant() switch
        {
            "all" => null,
            "applied" => SuspenseStatus.Applied,
            "returned" => SuspenseStatus.Returned,
            _ => SuspenseStatus.Open,
        };
        Items = await list.ListAsync(Actor.FromPrincipal(User), new ListSuspenseItemsInput(Status), ct);
    }
}
