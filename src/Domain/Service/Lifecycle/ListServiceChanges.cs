using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>An account whose service a resident may stop or move.</summary>
public sealed record StoppableAccount(string AccountNumber, string ServiceAddress);

/// <summary>
/// Starts, stops and transfers: staff see those still under way (soonest date first) or the latest finished; a resident
/// sees those of their linked accounts only.
/// </summary>
public sealed class ListServiceChanges(UtilityDbContext db, AccountAccess access)
{
    public const int MaxRows = 500;

    public Task<List<ServiceChangeView>> PendingAsync(Actor actor, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var pending = db.ServiceChanges.Where(c => c.State == ServiceChangeState.Requested)
            .OrderBy(c => c.RequestedDate).ThenBy(c => c.RequestedAt).Take(MaxRows);
        return ServiceChangeQueries.ViewsAsync(db, pending, ct);
    }

    public Task<List<ServiceChangeView>> RecentAsync(Actor actor, int take = 50, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var recent = db.ServiceChanges.Where(c => c.State != ServiceChangeState.Requested)
            .OrderByDescending(c => c.RequestedAt).Take(Math.Clamp(take, 1, MaxRows));
        return ServiceChangeQueries.ViewsAsync(db, recent, ct);
    }

    /// <summary>The changes of the actor's linked accounts (any account for staff, who should use the lists above).</summary>
    public async Task<List<ServiceChangeView>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        var linked = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var mine = db.ServiceChanges
            .Where(c => (c.FromAccountId != null && linked.Contains(c.FromAccountId.Value)) || (c.ToAccountId != null && linked.Contains(c.ToAccountId.Value)))
            .OrderByDescending(c => c.RequestedAt).Take(MaxRows);
        return await ServiceChangeQueries.ViewsAsync(db, mine, ct);
    }

    /// <summary>The actor's linked accounts whose service can stop or move: active ones, by account number.</summary>
    public async Task<List<StoppableAccount>> MyActiveAccountsAsync(Actor actor, CancellationToken ct = default)
    {
        var linked = await access.LinkedAccountIdsAsync(actor.UserId, ct);
        var rows = await db.ServiceAccounts.AsNoTracking().Where(a => linked.Contains(a.Id) && a.Status == AccountStatus.Active)
            .Select(a => new { a.Number, a.Premise!.ServiceAddress.Line1 }).ToListAsync(ct);
        return rows.ConvertAll(r => new StoppableAccount(r.Number.Value, r.Line1)).OrderBy(a => a.AccountNumber, StringComparer.Ordinal).ToList();
    }

    public async Task<ServiceChangeView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var view = await ServiceChangeQueries.ViewAsync(db, id, ct);
        if (!actor.IsStaff && !(await MineAsync(actor, ct)).Exists(c => c.Id == id))
        {
            throw DomainException.NotFound("Service change");
        }

        return view;
    }

    internal static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "The list of starts and stops is for utility staff.");
        }
    }
}
