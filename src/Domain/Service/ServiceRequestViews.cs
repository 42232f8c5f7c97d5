using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service;

/// <summary>One request as the queues and lists show it.</summary>
public sealed record ServiceRequestRow(Guid Id, string Number, ServiceRequestType Type, ServiceRequestStatus Status, RequestPriority Priority,
    DateTimeOffset SubmittedAt, DateTimeOffset DueBy, DateTimeOffset? ClosedAt, bool Breached, string? AccountNumber, string? CustomerName,
    string? ServiceAddress, string ReporterName);

/// <summary>The account, customer and service address of a page of requests, in one query per page, never one per row.</summary>
internal static class ServiceRequestRows
{
    public static async Task<List<ServiceRequestRow>> ToRowsAsync(UtilityDbContext db, IQueryable<ServiceRequest> page, DateTimeOffset now, CancellationToken ct)
    {
        var requests = await page.Select(r => new
        {
            r.Id, r.Number, r.Type, r.Status, r.Priority, r.SubmittedAt, r.DueBy, r.ClosedAt, r.ClosedLate, r.ServiceAccountId, r.PremiseId, r.ReporterName,
        }).ToListAsync(ct);
        var accountIds = requests.Where(r => r.ServiceAccountId is not null).Select(r => r.ServiceAccountId!.Value).Distinct().ToList();
        var premiseIds = requests.Where(r => r.ServiceAccountId is null && r.PremiseId is not null).Select(r => r.PremiseId!.Value).Distinct().ToList();
        var accounts = accountIds.Count == 0 ? [] : await db.ServiceAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .Join(db.Customers, a => a.CustomerId, c => c.Id, (a, c) => new { a.Id, a.Number, a.PremiseId, c.Name })
            .Join(db.Premises, x => x.PremiseId, p => p.Id, (x, p) => new { x.Id, x.Number, x.Name, p.ServiceAddress.Line1 })
            .ToListAsync(ct);
        var premises = premiseIds.Count == 0 ? [] : await db.Premises.AsNoTracking().Where(p => premiseIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ServiceAddress.Line1 }).ToListAsync(ct);
        var byAccount = accounts.ToDictionary(a => a.Id);
        var byPremise = premises.ToDictionary(p => p.Id, p => p.Line1);
        return requests.ConvertAll(r =>
        {
            var account = r.ServiceAccountId is { } id && byAccount.TryGetValue(id, out var a) ? a : null;
            var address = account?.Line1 ?? (r.PremiseId is { } p && byPremise.TryGetValue(p, out var line) ? line : null);
            var open = r.Status is ServiceRequestStatus.Submitted or ServiceRequestStatus.Triaged or ServiceRequestStatus.Dispatched;
            return new ServiceRequestRow(r.Id, r.Number, r.Type, r.Status, r.Priority, r.SubmittedAt, r.DueBy, r.ClosedAt,
                open ? now > r.DueBy : r.ClosedLate, account?.Number.Value, account?.Name, address, r.ReporterName);
        });
    }

    public static IQueryable<ServiceRequest> Open(this IQueryable<ServiceRequest> requests) =>
        requests.Where(r => r.Status == ServiceRequestStatus.Submitted || r.Status == ServiceRequestStatus.Triaged || r.Status == ServiceRequestStatus.Dispatched);
}
