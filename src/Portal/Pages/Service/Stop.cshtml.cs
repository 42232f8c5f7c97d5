using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Portal.Pages.Service;

/// <summary>A resident stops service at one of their own active accounts on a day, giving where the final bill goes.</summary>
public sealed class StopModel(RequestStopService stop, ListServiceChanges list, IStringLocalizer<SharedResource> l) : ServicePageModel(list, l)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Field names match <see cref="StopServiceInput"/>.</summary>
    public sealed class InputModel
    {
        public string? AccountNumber { get; set; }

        public DateOnly? StopDate { get; set; }

        public AddressInput ForwardingAddress { get; set; } = new();
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAccountsAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(actor => stop.HandleAsync(actor, new StopServiceInput(Input.AccountNumber, Input.StopDate, Input.ForwardingAddress), ct),
            "Your request to stop service is in. The final bill will go to your forwarding address.", ct);
}
