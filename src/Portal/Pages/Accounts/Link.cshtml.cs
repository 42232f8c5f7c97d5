using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Hosting;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>
/// A resident proves they hold an account with three facts from their bill. Rate limited like sign-in: otherwise the
/// amount of the last bill could be guessed. Wrong proof gets one message that does not say which fact was wrong.
/// </summary>
[EnableRateLimiting(SiteHosting.AuthRateLimit)]
public sealed class LinkModel(LinkServiceAccount link, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 10-digit account number shown on your bill.")]
        [Display(Name = "Account number")]
        public string? AccountNumber { get; set; }

        [Required(ErrorMessage = "Enter the 5-digit ZIP code of the service address.")]
        [Display(Name = "Service ZIP code")]
        public string? ServiceZip { get; set; }

        [Required(ErrorMessage = "Enter the amount of your last bill or last payment, for example 84.17.")]
        [Display(Name = "Amount of your last bill or last payment")]
        public string? LastAmount { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var number = await link.HandleAsync(Actor.FromPrincipal(User), new LinkServiceAccountInput(Input.AccountNumber, Input.ServiceZip, Input.LastAmount), ct);
            TempData["StatusMessage"] = l["Account {0} is now linked to your sign-in.", number].Value;
            return RedirectToPage("./Details", new { number });
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, l);
            return Page();
        }
    }
}
