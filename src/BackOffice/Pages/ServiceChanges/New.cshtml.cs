using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.BackOffice.Pages.ServiceChanges;

/// <summary>
/// A specialist starts, stops or transfers service on a customer's behalf (on the phone, at the counter): three forms,
/// each calling the same use case as the Portal. A Supervisor may waive the new account's deposit with a reason.
/// </summary>
public sealed class NewModel(RequestStartService start, RequestStopService stop, RequestTransferService transfer, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public StartForm Start { get; set; } = new();

    [BindProperty]
    public StopForm Stop { get; set; } = new();

    [BindProperty]
    public TransferForm Transfer { get; set; } = new();

    /// <summary>Field names match <see cref="StartServiceInput"/>.</summary>
    public sealed class StartForm
    {
        public string? Premise { get; set; }

        public DateOnly? StartDate { get; set; }

        public AccountRole Role { get; set; } = AccountRole.Tenant;

        public string? CustomerAccountNumber { get; set; }

        public string? NewCustomerName { get; set; }

        public bool DepositAccepted { get; set; }

        public string? DepositWaiverReason { get; set; }
    }

    /// <summary>Field names match <see cref="StopServiceInput"/>.</summary>
    public sealed class StopForm
    {
        public string? AccountNumber { get; set; }

        public DateOnly? StopDate { get; set; }

        public AddressInput ForwardingAddress { get; set; } = new();
    }

    /// <summary>Field names match <see cref="TransferServiceInput"/>.</summary>
    public sealed class TransferForm
    {
        public string? FromAccountNumber { get; set; }

        public string? ToPremise { get; set; }

        public DateOnly? MoveDate { get; set; }

        public AccountRole Role { get; set; } = AccountRole.Tenant;

        public bool DepositAccepted { get; set; }

        public string? DepositWaiverReason { get; set; }
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => RunAsync("Start.", actor => start.HandleAsync(actor, new StartServiceInput(Start.Premise,
        Start.StartDate, Start.Role, Start.DepositAccepted, Start.CustomerAccountNumber, Start.NewCustomerName, Start.DepositWaiverReason), ct));

    public Task<IActionResult> OnPostStopAsync(CancellationToken ct) =>
        RunAsync("Stop.", actor => stop.HandleAsync(actor, new StopServiceInput(Stop.AccountNumber, Stop.StopDate, Stop.ForwardingAddress), ct));

    public Task<IActionResult> OnPostTransferAsync(CancellationToken ct) => RunAsync("Transfer.", actor => transfer.HandleAsync(actor,
        new TransferServiceInput(Transfer.FromAccountNumber, Transfer.ToPremise, Transfer.MoveDate, Transfer.Role, Transfer.DepositAccepted, null,
            Transfer.DepositWaiverReason), ct));

    private async Task<IActionResult> RunAsync(string prefix, Func<Actor, Task<ServiceChangeView>> request)
    {
        try
        {
            await request(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = t["Request recorded; the crew's work order is in the queue."].Value;
            return Redirect("/ServiceChanges");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix);
            return Page();
        }
    }
}
