using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>
/// The contact details of the customer who holds a linked account. UpdateContactDetails validates every field, audits
/// each change and saves all or nothing; its errors come back here next to their fields.
/// </summary>
public sealed class ContactModel(GetAccountOverview overview, AccountAccess access, UpdateContactDetails update, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public SmsConsent? Consent { get; private set; }

    /// <summary>Field names match <see cref="ContactDetailsInput"/>, so the Domain's errors land on the right field.</summary>
    public sealed class InputModel
    {
        public string? Email { get; set; }

        public AddressInput MailingAddress { get; set; } = new();

        public AddressInput TemporaryMailingAddress { get; set; } = new();

        public DateOnly? TemporaryAddressEndsOn { get; set; }

        public string? HomePhone { get; set; }

        public string? MobilePhone { get; set; }

        public string PreferredLanguage { get; set; } = Languages.English;

        public bool SmsConsent { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var account = await overview.HandleAsync(Actor.FromPrincipal(User), Number, ct);
        var c = account.Customer;
        Consent = c.SmsConsent;
        Input = new InputModel
        {
            Email = c.Email,
            MailingAddress = AddressInput.From(c.MailingAddress),
            TemporaryMailingAddress = AddressInput.From(c.TemporaryMailingAddress),
            TemporaryAddressEndsOn = c.TemporaryAddressEndsOn,
            HomePhone = c.HomePhone?.ToDisplay(),
            MobilePhone = c.MobilePhone?.ToDisplay(),
            PreferredLanguage = c.PreferredLanguage,
            SmsConsent = c.SmsConsent.Given,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The link is checked before anything else, so a foreign account answers 404 even to a malformed form.
        var actor = Actor.FromPrincipal(User);
        await access.RequireAccountAsync(actor, Number, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var changes = await update.HandleAsync(actor, Number, new ContactDetailsInput
            {
                Email = Input.Email,
                MailingAddress = Input.MailingAddress,
                TemporaryMailingAddress = Input.TemporaryMailingAddress,
                TemporaryAddressEndsOn = Input.TemporaryAddressEndsOn,
                HomePhone = Input.HomePhone,
                MobilePhone = Input.MobilePhone,
                PreferredLanguage = Input.PreferredLanguage,
                SmsConsent = Input.SmsConsent,
            }, ct);
            TempData["StatusMessage"] = changes.Count == 0
                ? l["Nothing changed: your contact details were already up to date."].Value
                : l["Your contact details have been saved."].Value;
            return RedirectToPage(new { number = Number });
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Invalid)
        {
            ModelState.AddDomainErrors(ex, l);
            return Page();
        }
    }
}
