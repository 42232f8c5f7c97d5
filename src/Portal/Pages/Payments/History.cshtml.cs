using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Payments;

/// <summary>A linked account's payments, newest first, with where each stands; ListPayments checks the link first.</summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class HistoryModel(ListPayments payments) : PageModel
{
    public const int Shown = 50;

    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public IReadOnlyList<PaymentSummary> Payments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Payments = await payments.HandleAsync(Actor.FromPrincipal(User), Number, Shown, ct);
}
