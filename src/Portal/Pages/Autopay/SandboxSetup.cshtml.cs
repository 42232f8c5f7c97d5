using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Autopay;

/// <summary>
/// The sandbox gateway's stand-in for Stripe's "save your card" page (no Stripe keys configured): clearly a demo, no
/// card number is asked for. Its buttons report the setup through the same <see cref="IAutopaySetupCompletion"/> the
/// Stripe webhook calls. Only the resident who started the setup sees it, and only for a sandbox enrolment.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class SandboxSetupModel(GetAutopay autopay, IAutopaySetupCompletion completion) : PageModel
{
    [FromRoute]
    public Guid EnrollmentId { get; set; }

    public AutopaySetupView Setup { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(SandboxGateway.ApprovingMethod, ct);

    public Task<IActionResult> OnPostSaveDecliningAsync(CancellationToken ct) => SaveAsync(SandboxGateway.DecliningMethod, ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Back("cancelled") : NotFound();

    private async Task<IActionResult> SaveAsync(string method, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await completion.CompleteAsync(Setup.SetupSessionId, $"sandbox_cus_{Setup.EnrollmentId:N}", method, ct);
        return Back("done");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Setup = await autopay.SetupAsync(Actor.FromPrincipal(User), EnrollmentId, ct);
        return Setup.Gateway == SandboxGateway.GatewayName;
    }

    private LocalRedirectResult Back(string outcome) =>
        LocalRedirect($"/Accounts/{Uri.EscapeDataString(Setup.AccountNumber)}/Autopay?setup={outcome}");
}
