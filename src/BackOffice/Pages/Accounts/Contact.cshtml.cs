using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>Staff change a customer's contact details on their behalf; the use case audits each changed field with the staff name.</summary>
public sealed class ContactModel(GetAccountOverview overview, UpdateContactDetails update, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string Number { get; private set; } = string.Empty;

    public string CustomerName { get; private set; } = string.Empty;

    /// <summary>Property names match ContactDetailsInput, so the Domain's DomainError.Field lands on the right input.</summary>
    public sealed class ContactInput
    {
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        public AddressModel MailingAddress { get; set; } = new();

        public AddressModel TemporaryMailingAddress { get; set; } = new();

        [Display(Name = "Use the temporary address until")]
        [DataType(DataType.Date)]
        public DateOnly? TemporaryAddressEndsOn { get; set; }

        [Display(Name = "Home phone")]
        public string? HomePhone { get; set; }

        [Display(Name = "Mobile phone")]
        public string? MobilePhone { get; set; }

        [Display(Name = "Preferred language")]
        public string? PreferredLanguage { get; set; }

        [Display(Name = "The customer agrees to receive text messages")]
        public bool SmsConsent { get; set; }

        public ContactDetailsInput ToDomain() => new()
        {
            Email = Email,
            MailingAddress = MailingAddress.ToDomain(),
            TemporaryMailingAddress = TemporaryMailingAddress.ToDomain(),
            TemporaryAddressEndsOn = TemporaryAddressEndsOn,
            HomePhone = HomePhone,
            MobilePhone = MobilePhone,
            PreferredLanguage = PreferredLanguage,
            SmsConsent = SmsConsent,
        };

        public static ContactInput From(Customer customer) => new()
        {
            Email = customer.Email,
            MailingAddress = AddressModel.From(customer.MailingAddress),
            TemporaryMailingAddress = AddressModel.From(customer.TemporaryMailingAddress),
            TemporaryAddressEndsOn = customer.TemporaryAddressEndsOn,
            HomePhone = customer.HomePhone?.ToDisplay(),
            MobilePhone = customer.MobilePhone?.ToDisplay(),
            PreferredLanguage = customer.PreferredLanguage,
            SmsConsent = customer.SmsConsent.Given,
        };
    }

    public sealed class AddressModel
    {
        [Display(Name = "Street address")]
        public string? Line1 { get; set; }

        [Display(Name = "Apartment, suite (optional)")]
        public string? Line2 { get; set; }

        [Display(Name = "City")]
        public string? City { get; set; }

        [Display(Name = "State")]
        public string? State { get; set; }

        [Display(Name = "ZIP code")]
        public string? Zip { get; set; }

        public AddressInput ToDomain() => new() { Line1 = Line1, Line2 = Line2, City = City, State = State, Zip = Zip };

        public static AddressModel From(PostalAddress? address) => address is null
            ? new AddressModel()
            : new AddressModel { Line1 = address.Line1, Line2 = address.Line2, City = address.City, State = address.State, Zip = address.Zip };
    }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        var customer = await LoadAsync(number, ct);
        if (customer is null)
        {
            return NotFound();
        }

        Input = ContactInput.From(customer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is null)
        {
            return NotFound();
        }

        try
        {
            var changes = await update.HandleAsync(Actor.FromPrincipal(User), number, Input.ToDomain(), ct);
            TempData["StatusMessage"] = changes.Count == 0
                ? t["Nothing changed."].Value
                : t["Contact details saved ({0} changes).", changes.Count].Value;
        }
        catch (DomainException ex) when (!ex.IsNotFound())
        {
            ModelState.AddDomainErrors(ex, t);
            return Page();
        }

        return Redirect($"/Accounts/{Uri.EscapeDataString(Number)}");
    }

    private async Task<Customer?> LoadAsync(string number, CancellationToken ct)
    {
        try
        {
            var account = await overview.HandleAsync(Actor.FromPrincipal(User), number, ct);
            Number = account.Number;
            CustomerName = account.Customer.Name;
            return account.Customer;
        }
        catch (DomainException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }
}
