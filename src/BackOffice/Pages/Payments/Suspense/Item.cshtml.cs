using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Suspense;

/// <summary>One suspense item: apply it to an account (the payment posts then, once) or return it to the bank with a note.</summary>
public sealed class ItemModel(ListSuspenseItems list, ApplySuspenseItem apply, ReturnSuspenseItem giveBack, IStringLocalizer<SharedResource> t) : PageModel
{
    public SuspenseItemView Item { get; private set; } = null!;

    /// <summary>Names match ApplySuspenseItemInput, so the Domain's DomainError.Field lands on the right input.</summary>
    [BindProperty]
    public ApplyInput Apply { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    public sealed class ApplyInput
    {
        [Display(Name = "Account number")]
        public string? AccountNumber { get; set; }

        [Display(Name = "Note (optional)")]
        [StringLength(SuspenseItem.NoteMaxLength)]
        public string? Note { get; set; }
    }

    public sealed class ReturnInput
    {
        [Display(Name = "Why it goes back to the bank")]
        [StringLength(SuspenseItem.NoteMaxLength)]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApplyAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var item = await apply.HandleAsync(Actor.FromPrincipal(User), new ApplySuspenseItemInput(id, Apply.AccountNumber, Apply.Note), ct);
            TempData["StatusMessage"] = t["Posted {0} to account {1}.", item.Amount.Amount.ToString("C", System.Globalization.CultureInfo.CurrentCulture), item.AppliedAccountNumber ?? string.Empty].Value;
            return Redirect("/Payments/Suspense");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound && ex.Errors[0].Field is null)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: "Apply.");
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await giveBack.HandleAsync(Actor.FromPrincipal(User), new ReturnSuspenseItemInput(id, Return.Note), ct);
            TempData["StatusMessage"] = t["The payment was marked returned to the bank."].Value;
            return Redirect("/Payments/Suspense");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            // The Domain names the field "note"; on this page it is the return form's.
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.Field is null ? string.Empty : "Return.Note", t[error.Message]);
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Item = await list.GetAsync(Actor.FromPrincipal(User), id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
