using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <param name="Status">Null: every open request (submitted, triaged, dispatched).</param>
/// <param name="BreachedOnly">Only open requests past their service-level due time.</param>
public sealed record TriageFilter(ServiceRequestStatus? Status = null, ServiceRequestType? Type = null, RequestPriority? Priority = null,
    bool BreachedOnly = false, int Page = 1);

public sealed record TriageQueuePage(IReadOnlyList<ServiceRequestRow> Rows, int OpenCount, int BreachedCount, int Page, bool HasMore);

/// <summary>A late request: open past its due time, or resolved after it.</summary>
public sealed record SlaBreach(ServiceRequestRow Request, TimeSpan Late);

/// <summary>
/// The triage queue: requests by service-level due time (most urgent first), filtered by status, type, priority or
/// breach, fifty to a page, with the open and breached counts; and the SLA breach listing (open and breached, then
/// resolved late in the last <c>days</c>). Staff only. Index-backed: (DueBy, Status) and (Status, ClosedAt).
/// </summary>
public sealed class ServiceTriage(UtilityDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<TriageQueuePage> ListAsync(Actor actor, TriageFilter filter, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var now = clock.GetUtcNow();
        var requests = db.ServiceRequests.AsNoTracking();
        requests = filter.Status is { } status ? requests.Where(r => r.Status == status) : requests.Open();
        if (filter.Type is { } type)
        {
            requests = requests.Where(r => r.Type == type);
        }

        if (filter.Priority is { } priority)
        {
            requests = requests.Where(r => r.Priority == priority);
        }

        if (filter.BreachedOnly)
        {
            requests = requests.Open().Where(r => r.DueBy < now);
        }

        var page = Math.Max(1, filter.Page);
        var rows = await ServiceRequestRows.ToRowsAsync(db, requests.OrderBy(r => r.DueBy).ThenBy(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize + 1), now, ct);
        // Two counts on purpose: one GroupBy-constant query computing both measured slower on SQLite (its GROUP BY builds a
        // temporary B-tree over every open request), while each count here is read from an index alone (with the planner
        // statistics SqliteStatistics keeps).
        var open = await db.ServiceRequests.Open().CountAsync(ct);
        var breached = await db.ServiceRequests.Open().CountAsync(r => r.DueBy < now, ct);
        return new TriageQueuePage(rows.Take(PageSize).ToList(), open, breached, page, rows.Count > PageSize);
    }

    public async Task<IReadOnlyList<SlaBreach>> BreachesAsync(Actor actor, int days = 30, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-Math.Clamp(days, 1, 366));
        var open = await ServiceRequestRows.ToRowsAsync(db,
            db.ServiceRequests.AsNoTracking().Open().Where(r => r.DueBy < now).OrderBy(r => r.DueBy).Take(500), now, ct);
        var late = await ServiceRequestRows.ToRowsAsync(db,
            db.ServiceRequests.AsNoTracking().Where(r => r.Status == ServiceRequestStatus.Resolved && r.ClosedAt >= since && r.ClosedLate)
                .OrderByDescending(r => r.ClosedAt).Take(500), now, ct);
        return [.. open.Select(r => new SlaBreach(r, now - r.DueBy)), .. late.Select(r => new SlaBreach(r, r.ClosedAt!.Value - r.DueBy))];
    }
}
