using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>Staff account search: a plain GET form that works without script, plus JSON suggestions for type-ahead.</summary>
public sealed class IndexModel(SearchAccounts search) : PageModel
{
    private const int SuggestionCount = 8;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public IReadOnlyList<AccountSearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Searched)
        {
            Hits = await search.HandleAsync(Actor.FromPrincipal(User), Q, SearchAccounts.MaxResults, ct);
        }
    }

    public async Task<JsonResult> OnGetSuggestAsync(CancellationToken ct)
    {
        var hits = await search.HandleAsync(Actor.FromPrincipal(User), Q, SuggestionCount, ct);
        return new JsonResult(hits.Select(h => new
        {
            number = h.AccountNumber,
            name = h.CustomerName,
            address = h.ServiceAddress,
            url = $"/Accounts/{h.AccountNumber}",
        }));
    }
}
