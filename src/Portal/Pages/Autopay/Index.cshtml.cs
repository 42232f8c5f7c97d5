using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Autopay;

/// <summary>
/// Autopay for one linked account: whether it is on, the latest charges, turning it on (the gateway's page saves the
/// card or bank account, then the gateway reports back) and off. The use cases check the link and hold the rules.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class IndexModel(GetAutopay autopay, AccountAccess access, StartAutopayEnrollment start, CancelAutopay cancel,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    /// <summary>"card" or "bank".</summary>
    [BindProperty]
    public string Method { get; set; } = "card";

    /// <summary>Set by the gateway's return: "done" after saving, "cancelled" after going back.</summary>
    [FromQuery(Name = "setup")]
    public string? Setup { get; set; }

    public AutopayState State { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => State = await autopay.HandleAsync(Actor.FromPrincipal(User), Number, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The link is checked first, so a foreign account answers 404 whatever the form holds.
        var actor = Actor.FromPrincipal(User);
        await access.RequireAccountAsync(actor, Number, ct);
        var page = $"/Accounts/{Uri.EscapeDataString(Number)}/Autopay";
        try
        {
            var method = Method == "bank" ? Tender.BankAccount : Tender.Card;
            var started = await start.HandleAsync(actor, new StartAutopayInput(Number, method, new Uri(page + "?setup=done", UriKind.Relative),
                new Uri(page + "?setup=cancelled", UriKind.Relative)), ct);
            return Redirect(started.RedirectUrl.AbsoluteUri);
        }
        catch (DomainException ex) when (ex.Code is ErrorCodes.Invalid or ErrorCodes.Conflict)
        {
            ModelState.AddModelError(string.Empty, l[ex.Message]);
            State = await autopay.HandleAsync(actor, Number, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        try
        {
            await cancel.HandleAsync(actor, Number, ct);
            TempData["StatusMessage"] = l["Autopay is off. Your bills will not be paid automatically."].Value;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Conflict)
        {
            TempData["StatusMessage"] = l[ex.Message].Value;
        }

        return RedirectToPage(new { number = Number });
    }
}
