using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>
/// The account's deposit: required, billed, held, waived, applied and refunded, with the actions staff take on it
/// (require it for new service, hold a paid deposit now, waive it as a Supervisor, refund what credit remains at close).
/// Every rule, role included, is the use cases'.
/// </summary>
public sealed class DepositModel(DepositSection section, RequireDeposit require, HoldDeposit hold, WaiveDeposit waive, RefundRemainingCredit refund,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public DepositView Deposit { get; private set; } = null!;

    [BindProperty]
    public WaiveInput Waive { get; set; } = new();

    public sealed class WaiveInput
    {
        [Display(Name = "Why the deposit is waived")]
        [StringLength(DepositRequirement.ReasonMaxLength)]
        public string? Reason { get; set; }
    }

    public bool MayWaive => User.IsInRole(StaffRoles.Supervisor) || User.IsInRole(StaffRoles.Administrator);

    public bool MayRefund => MayWaive || User.IsInRole(StaffRoles.SpecialistII) || User.IsInRole(StaffRoles.SpecialistIII);

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) => await LoadAsync(number, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRequireAsync(string number, CancellationToken ct) =>
        ActAsync(number, "The deposit bill was issued.", actor => require.HandleAsync(actor, new RequireDepositInput(number), ct), ct);

    public Task<IActionResult> OnPostHoldAsync(string number, CancellationToken ct) =>
        ActAsync(number, null, actor => hold.HandleAsync(actor, new HoldDepositInput(number), ct), ct);

    public Task<IActionResult> OnPostWaiveAsync(string number, CancellationToken ct) =>
        ActAsync(number, "The deposit was waived.", actor => waive.HandleAsync(actor, new WaiveDepositInput(number, Waive.Reason), ct), ct);

    public Task<IActionResult> OnPostRefundAsync(string number, CancellationToken ct) =>
        ActAsync(number, "The remaining credit was refunded by check request.", actor => refund.HandleAsync(actor, new RefundRemainingCreditInput(number), ct), ct);

    private async Task<IActionResult> ActAsync(string number, string? done, Func<Actor, Task<DepositView>> action, CancellationToken ct)
    {
        try
        {
            var view = await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = done is not null ? t[done].Value
                : view.Status == DepositStatus.Held ? t["The deposit is held."].Value : t["The deposit bill is not paid in full yet."].Value;
            return Redirect($"/Accounts/{number}/Deposit");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: "Waive.");
        }

        return await LoadAsync(number, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        try
        {
            Deposit = await section.GetAsync(Actor.FromPrincipal(User), number, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
