using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Collections;

namespace UtilityPortal.BackOffice.Pages.Collections.Accounts;

/// <summary>
/// One account's collections: aging, past due, agreement cover, lien-eligible figures, bankruptcy and critical-care
/// flags, the shut-off episode and its work orders; and the forms that act on them. Each form posts to its own
/// handler, which calls one use case and shows its refusal next to the form.
/// </summary>
public sealed class DetailsModel(GetCollectionStanding standing, FlagBankruptcy bankruptcy, FlagCriticalCare criticalCare, ReleaseCollectionHold release,
    RestoreService restore, WriteOffBalance writeOff, TransferBalance transfer, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public BankruptcyInput Bankruptcy { get; set; } = new();

    [BindProperty]
    public CriticalCareInput CriticalCare { get; set; } = new();

    [BindProperty]
    public ReleaseInput Release { get; set; } = new();

    [BindProperty]
    public WriteOffInput WriteOff { get; set; } = new();

    [BindProperty]
    public TransferInput Transfer { get; set; } = new();

    public CollectionStanding Standing { get; private set; } = null!;

    public sealed class BankruptcyInput
    {
        [Display(Name = "Case number")]
        public string? CaseNumber { get; set; }

        [Display(Name = "Chapter")]
        public int Chapter { get; set; } = 7;

        [Display(Name = "Filing date")]
        [Required(ErrorMessage = "Enter the filing date.")]
        public DateOnly? FiledOn { get; set; }
    }

    public sealed class CriticalCareInput
    {
        [Display(Name = "Certified until")]
        [Required(ErrorMessage = "Enter the day the certification ends.")]
        public DateOnly? CertifiedUntil { get; set; }

        [Display(Name = "Note")]
        public string? Note { get; set; }
    }

    public sealed class ReleaseInput
    {
        public CollectionHoldKind Kind { get; set; } = CollectionHoldKind.Bankruptcy;

        [Display(Name = "Released on")]
        [Required(ErrorMessage = "Enter the release date.")]
        public DateOnly? ReleasedOn { get; set; }

        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed class WriteOffInput
    {
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed class TransferInput
    {
        [Display(Name = "Transfer to account")]
        public string? ToAccount { get; set; }
    }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostBankruptcyAsync(CancellationToken ct) =>
        ActAsync("Bankruptcy", async actor => await bankruptcy.HandleAsync(actor,
            new FlagBankruptcyInput(Number, Bankruptcy.CaseNumber, Bankruptcy.Chapter, Bankruptcy.FiledOn!.Value), ct), "Bankruptcy flag placed.", ct);

    public Task<IActionResult> OnPostCriticalCareAsync(CancellationToken ct) =>
        ActAsync("CriticalCare", async actor => await criticalCare.HandleAsync(actor,
            new FlagCriticalCareInput(Number, CriticalCare.CertifiedUntil!.Value, CriticalCare.Note), ct), "Critical-care flag recorded.", ct);

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        ActAsync("Release", async actor => await release.HandleAsync(actor,
            new ReleaseCollectionHoldInput(Number, Release.Kind, Release.ReleasedOn!.Value, Release.Reason), ct), "Flag released.", ct);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct) =>
        ActAsync(string.Empty, async actor => await restore.HandleAsync(actor, new RestoreServiceInput(Number), ct), "Service restored.", ct);

    public Task<IActionResult> OnPostWriteOffAsync(CancellationToken ct) =>
        ActAsync("WriteOff", async actor => await writeOff.HandleAsync(actor, new WriteOffBalanceInput(Number, WriteOff.Reason), ct),
            "Balance written off to bad debt.", ct);

    public Task<IActionResult> OnPostTransferAsync(CancellationToken ct) =>
        ActAsync("Transfer", async actor => await transfer.HandleAsync(actor, new TransferBalanceInput(Number, Transfer.ToAccount ?? string.Empty), ct),
            "Balance transferred.", ct);

    public DateOnly Today => Standing.Today;

    public bool IsSupervisor => User.IsInRole(StaffRoles.Supervisor);

    private async Task<IActionResult> ActAsync(string form, Func<Actor, Task<object>> action, string done, CancellationToken ct)
    {
        // Only the posted form's own fields are validated; the other forms on the page were not sent.
        foreach (var key in ModelState.Keys.Where(k => form.Length == 0 || !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            try
            {
                await action(Actor.FromPrincipal(User));
                TempData["StatusMessage"] = t[done].Value;
                return Redirect(PathOf(Number));
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t, prefix: form.Length == 0 ? string.Empty : form + ".");
            }
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            Standing = await standing.HandleAsync(Actor.FromPrincipal(User), Number, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        var today = Standing.Today;
        Bankruptcy.FiledOn ??= today;
        CriticalCare.CertifiedUntil ??= today.AddMonths(6);
        Release.ReleasedOn ??= today;
        return Page();
    }

    public static string PathOf(string number) => $"/Collections/Accounts/{number}";
}
