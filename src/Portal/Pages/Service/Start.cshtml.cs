using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Portal.Pages.Service;

/// <summary>A resident asks for water at an address (or parcel) from a day on, agreeing to the deposit billed when it starts.</summary>
public sealed class StartModel(RequestStartService start, ListServiceChanges list, IStringLocalizer<SharedResource> l) : ServicePageModel(list, l)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Field names match <see cref="StartServiceInput"/>, so the Domain's errors land on the right field.</summary>
    public sealed class InputModel
    {
        public string? Premise { get; set; }

        public DateOnly? StartDate { get; set; }

        public AccountRole Role { get; set; } = AccountRole.Tenant;

        public string? NewCustomerName { get; set; }

        public bool DepositAccepted { get; set; }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAccountsAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(actor => start.HandleAsync(actor, new StartServiceInput(Input.Premise, Input.StartDate, Input.Role, Input.DepositAccepted,
            NewCustomerName: Input.NewCustomerName), ct), "Your request to start service is in. We will turn the water on on the day you chose.", ct);
}
