using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Drafting;

/// <summary>
/// Loads what drafting needs for a set of accounts in three queries (accounts with their premises, the premises'
/// meters, the meters' reads), never one per account.
/// </summary>
internal sealed class BillingDataReader(UtilityDbContext db)
{
    private readonly bool _sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    public async Task<List<AccountToBill>> AccountsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var rows = await db.ServiceAccounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Number,
                a.Status,
                a.Services,
                a.OpenedOn,
                a.ClosedOn,
                a.PremiseId,
                a.Premise!.Class,
                a.Premise.InsideCity,
                a.Premise.DwellingUnits,
                a.Premise.ImperviousSqFt,
            })
            .ToListAsync(ct);
        return rows.Select(a => new AccountToBill(a.Id, a.Number.Value, a.Status, a.Services, a.OpenedOn, a.ClosedOn, a.PremiseId, a.Class,
            a.InsideCity, a.DwellingUnits, a.ImperviousSqFt)).ToList();
    }

    public async Task<Dictionary<Guid, List<MeterToRead>>> MetersByPremiseAsync(IReadOnlyCollection<Guid> premiseIds, CancellationToken ct)
    {
        var rows = await db.Meters.AsNoTracking()
            .Where(m => premiseIds.Contains(m.PremiseId))
            .Select(m => new { m.Id, m.PremiseId, m.SerialNumber, m.Size, m.RegisterDigits, m.InstalledOn, m.RemovedOn, m.Status })
            .ToListAsync(ct);
        return rows
            .Select(m => new MeterToRead(m.Id, m.PremiseId, m.SerialNumber, m.Size.Label, m.RegisterDigits, m.InstalledOn, m.RemovedOn, m.Status))
            .GroupBy(m => m.PremiseId)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The meters' reads from <paramref name="from"/> to <paramref name="to"/>, each meter's in time order.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<ReadPoint>>> ReadsAsync(IReadOnlyCollection<Guid> meterIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var query = db.Set<MeterRead>().AsNoTracking().Where(r => meterIds.Contains(r.MeterId));
        var start = new DateTimeOffset(from.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (!_sqlite)
        {
            // SQLite cannot compare DateTimeOffset columns in SQL; there the window is applied below, and the unique
            // (meter, time) index still finds each meter's reads.
            query = query.Where(r => r.ReadAt >= start && r.ReadAt < end);
        }

        var reads = new Dictionary<Guid, List<ReadPoint>>();
        await foreach (var r in query.Select(r => new { r.MeterId, r.ReadAt, r.RegisterValue, r.Source }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (r.ReadAt < start || r.ReadAt >= end)
            {
                continue;
            }

            if (!reads.TryGetValue(r.MeterId, out var list))
            {
                reads[r.MeterId] = list = [];
            }

            list.Add(new ReadPoint(r.ReadAt, r.RegisterValue, r.Source));
        }

        foreach (var list in reads.Values)
        {
            list.Sort((a, b) => a.At.CompareTo(b.At));
        }

        return reads.ToDictionary(p => p.Key, p => (IReadOnlyList<ReadPoint>)p.Value);
    }

    /// <summary>Drafting input for a set of accounts: the accounts, their meters by premise and the reads of the window.</summary>
    public async Task<BillingData> LoadAsync(IReadOnlyCollection<Guid> accountIds, DateOnly readsFrom, DateOnly readsTo, CancellationToken ct)
    {
        var accounts = await AccountsAsync(accountIds, ct);
        var meters = await MetersByPremiseAsync(accounts.Select(a => a.PremiseId).Distinct().ToList(), ct);
        var reads = await ReadsAsync(meters.Values.SelectMany(m => m).Select(m => m.Id).ToList(), readsFrom, readsTo, ct);
        return new BillingData(accounts, meters, reads);
    }
}

internal sealed record BillingData(
    List<AccountToBill> Accounts,
    Dictionary<Guid, List<MeterToRead>> MetersByPremise,
    Dictionary<Guid, IReadOnlyList<ReadPoint>> Reads)
{
    public IReadOnlyList<MeterToRead> MetersOf(AccountToBill account) =>
        MetersByPremise.TryGetValue(account.PremiseId, out var meters) ? meters : [];
}
