using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>The staff view of one account: customer, premise, meters, ledger, interactions and the contact audit trail.</summary>
public sealed class DetailsModel(GetAccountOverview overview, AddInteraction addInteraction, UtilityDbContext db, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public InteractionInput Input { get; set; } = new();

    public AccountOverview Account { get; private set; } = null!;

    public IReadOnlyList<LedgerRow> Ledger { get; private set; } = [];

    public IReadOnlyList<InteractionRow> Interactions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> ContactAudit { get; private set; } = [];

    public sealed class InteractionInput
    {
        [Display(Name = "How the customer made contact")]
        public InteractionChannel? Channel { get; set; }

        [Display(Name = "Subject")]
        public string? Subject { get; set; }

        [Display(Name = "Note")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInteractionAsync(string number, CancellationToken ct)
    {
        try
        {
            // An unset channel becomes 0, which the Domain rejects with its own message, like any other bad value.
            await addInteraction.HandleAsync(Actor.FromPrincipal(User),
                new AddInteractionInput(number, Input.Channel ?? 0, Input.Subject ?? string.Empty, Input.Note ?? string.Empty), ct);
        }
        catch (DomainException ex) when (ex.IsNotFound())
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t);
            return await LoadAsync(number, ct) ? Page() : NotFound();
        }

        TempData["StatusMessage"] = t["The interaction was added."].Value;
        return Redirect($"/Accounts/{Uri.EscapeDataString(number)}#interactions");
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        try
        {
            Account = await overview.HandleAsync(Actor.FromPrincipal(User), number, ct);
        }
        catch (DomainException ex) when (ex.IsNotFound())
        {
            return false;
        }

        Ledger = await LedgerReader.RowsAsync(db, Account.Id, ct);
        Interactions = await AccountPageQueries.InteractionsAsync(db, Account.Id, ct);
        ContactAudit = await AccountPageQueries.ContactAuditAsync(db, Account.Customer.Id, ct);
        return true;
    }
}
