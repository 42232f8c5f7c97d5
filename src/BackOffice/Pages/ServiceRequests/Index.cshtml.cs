using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>The triage queue: open requests by service-level due time, filtered by status, type, priority or breach.</summary>
public sealed class IndexModel(ServiceTriage triage) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ServiceRequestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceRequestType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public RequestPriority? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Breached { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TriageQueuePage Queue { get; private set; } = new([], 0, 0, 1, false);

    public async Task OnGetAsync(CancellationToken ct) =>
        Queue = await triage.ListAsync(Actor.FromPrincipal(User), new TriageFilter(Status, Type, Priority, Breached, PageNumber), ct);

    public string PageLink(int page) =>
        $"/ServiceRequests?status={Status}&type={Type}&priority={Priority}&breached={Breached.ToString().ToLowerInvariant()}&page={page}";
}
