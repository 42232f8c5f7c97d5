using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Requests;

/// <summary>The resident's service requests, newest first, and the kinds of request they can file.</summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class IndexModel(ServiceRequestLists lists) : PageModel
{
    /// <summary>The request kinds filed here; start, stop and transfer have their own forms under /Service.</summary>
    public static readonly ServiceRequestType[] Kinds =
        [ServiceRequestType.ReportLeak, ServiceRequestType.HighBillInvestigation, ServiceRequestType.WaterPressure, ServiceRequestType.MeterProblem];

    public IReadOnlyList<ServiceRequestRow> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Requests = await lists.MineAsync(Actor.FromPrincipal(User), ct);
}
