using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <summary>A work order as an account's or a request's page lists it.</summary>
public sealed record WorkOrderRow(Guid Id, WorkOrderType Type, WorkOrderStatus Status, RequestPriority Priority, DateTimeOffset RequestedAt,
    DateTimeOffset? ScheduledStart, DateTimeOffset? ScheduledEnd, string? AssignedTo, FieldResultCode? ResultCode, DateTimeOffset? CompletedAt, Guid? ServiceRequestId);

/// <summary>A linked account as the request form offers it.</summary>
public sealed record RequestAccountChoice(string AccountNumber, string ServiceAddress);

public sealed record AccountRequests(string AccountNumber, IReadOnlyList<ServiceRequestRow> Requests, IReadOnlyList<WorkOrderRow> WorkOrders);

/// <summary>
/// Requests by who may see them: an account's requests and work orders (the staff account's Requests tab, or a
/// resident's linked account), and a resident's own requests across their linked accounts, newest first.
/// Index-backed: ServiceRequests (ServiceAccountId, SubmittedAt) and WorkOrders (ServiceAccountId, RequestedAt).
/// </summary>
public sealed class ServiceRequestLists(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public const int Take = 50;

    public async Task<AccountRequests> ForAccountAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var requests = await ServiceRequestRows.ToRowsAsync(db,
            db.ServiceRequests.AsNoTracking().Where(r => r.ServiceAccountId == accountId).OrderByDescending(r => r.SubmittedAt).Take(Take), clock.GetUtcNow(), ct);
        var orders = await Orders(db.WorkOrders.AsNoTracking().Where(w => w.ServiceAccountId == accountId).OrderByDescending(w => w.RequestedAt).Take(Take))
            .ToListAsync(ct);
        return new AccountRequests(accountNumber.Trim(), requests, orders);
    }

    /// <summary>A resident's requests: on their linked accounts, or filed by them.</summary>
    public async Task<IReadOnlyList<ServiceRequestRow>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        var linked = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var mine = db.ServiceRequests.AsNoTracking()
            .Where(r => (r.ServiceAccountId != null && linked.Contains(r.ServiceAccountId.Value)) || r.ReporterUserId == actor.UserId)
            .OrderByDescending(r => r.SubmittedAt).Take(Take);
        return await ServiceRequestRows.ToRowsAsync(db, mine, clock.GetUtcNow(), ct);
    }

    /// <summary>The resident's linked accounts that are not closed, for the request form's account choice.</summary>
    public async Task<IReadOnlyList<RequestAccountChoice>> MyAccountsAsync(Actor actor, CancellationToken ct = default)
    {
        var linked = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var accounts = await db.ServiceAccounts.AsNoTracking().Where(a => linked.Contains(a.Id) && a.Status != AccountStatus.Closed)
            .Join(db.Premises, a => a.PremiseId, p => p.Id, (a, p) => new { a.Number, p.ServiceAddress.Line1 })
            .OrderBy(x => x.Line1)
            .ToListAsync(ct);
        return accounts.ConvertAll(x => new RequestAccountChoice(x.Number.Value, x.Line1));
    }

    /// <summary>The work orders of a request the caller already holds (so has been allowed to see), oldest first.</summary>
    public Task<List<WorkOrder>> WorkOrdersOfAsync(ServiceRequest request, CancellationToken ct = default) =>
        db.WorkOrders.AsNoTracking().Where(w => w.ServiceRequestId == request.Id).OrderBy(w => w.RequestedAt).ToListAsync(ct);

    internal static IQueryable<WorkOrderRow> Orders(IQueryable<WorkOrder> orders) => orders.Select(w => new WorkOrderRow(w.Id, w.Type, w.Status, w.Priority,
        w.RequestedAt, w.ScheduledStart, w.ScheduledEnd, w.AssignedTo, w.ResultCode, w.CompletedAt, w.ServiceRequestId));
}
