using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Paperless;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>How a linked account's bills arrive: an e-mailed notice instead of paper, or paper. SetPaperless holds the rule and audits.</summary>
public sealed class PaperlessModel(GetAutopay autopay, AccountAccess access, SetPaperless setPaperless, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public bool Paperless { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Paperless = (await autopay.HandleAsync(Actor.FromPrincipal(User), Number, ct)).Paperless;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The link is checked first, so a foreign account answers 404 whatever the form holds.
        var actor = Actor.FromPrincipal(User);
        await access.RequireAccountAsync(actor, Number, ct);
        try
        {
            var changed = await setPaperless.HandleAsync(actor, Number, Paperless, ct);
            TempData["StatusMessage"] = !changed ? l["Nothing changed."].Value
                : Paperless ? l["Done: your bills will come by e-mail, not on paper."].Value
                : l["Done: your bills will come on paper by mail."].Value;
            return RedirectToPage(new { number = Number });
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Invalid)
        {
            ModelState.AddModelError(nameof(Paperless), l[ex.Message]);
            return Page();
        }
    }
}
