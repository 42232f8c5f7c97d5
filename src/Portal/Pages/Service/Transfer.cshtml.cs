using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Portal.Pages.Service;

/// <summary>A resident moves: service stops at one of their accounts and starts at the new address on the same day.</summary>
public sealed class TransferModel(RequestTransferService transfer, ListServiceChanges list, IStringLocalizer<SharedResource> l) : ServicePageModel(list, l)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Field names match <see cref="TransferServiceInput"/>.</summary>
    public sealed class InputModel
    {
        public string? FromAccountNumber { get; set; }

        public string? ToPremise { get; set; }

        public DateOnly? MoveDate { get; set; }

        public AccountRole Role { get; set; } = AccountRole.Tenant;

        public bool DepositAccepted { get; set; }

        public AddressInput ForwardingAddress { get; set; } = new();
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAccountsAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAsync(actor => transfer.HandleAsync(actor, new TransferServiceInput(Input.FromAccountNumber, Input.ToPremise, Input.MoveDate, Input.Role,
            Input.DepositAccepted, Input.ForwardingAddress), ct), "Your move is booked: service stops at the old address and starts at the new one on the day you chose.", ct);
}
