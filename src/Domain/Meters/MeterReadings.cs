using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Meters;

/// <summary>A stored read with the meter facts needed to turn two reads into consumption.</summary>
public sealed record PremiseMeterRead(Guid PremiseId, Guid MeterId, string SerialNumber, int RegisterDigits, DateTimeOffset ReadAt, long RegisterValue,
    ReadSource Source, string? Flags);

/// <summary>
/// Reads for many meters at once, for bill runs, charts and the API. Each query is an index range scan on
/// (MeterId, ReadAt) per meter, with the ids bound in lists of at most <see cref="IdsPerQuery"/> (SQL Server allows
/// 2,100 parameters a command), so a whole billing cycle costs a few queries per thousand premises, never one per meter.
/// </summary>
public static class MeterReadings
{
    public const int IdsPerQuery = 1_000;

    /// <summary>
    /// Every read between <paramref name="from"/> and <paramref name="to"/> (inclusive) of every meter that has stood at these
    /// premises, removed meters included (a meter changed in the period has its final read there), ordered by premise,
    /// meter and time.
    /// </summary>
    public static async Task<List<PremiseMeterRead>> ForPremisesAsync(UtilityDbContext db, IReadOnlyCollection<Guid> premiseIds, DateTimeOffset from,
        DateTimeOffset to, CancellationToken ct = default)
    {
        var reads = new List<PremiseMeterRead>();
        foreach (var chunk in premiseIds.Distinct().Chunk(IdsPerQuery))
        {
            reads.AddRange(await db.Meters.AsNoTracking()
                .Where(m => chunk.Contains(m.PremiseId))
                .Join(db.MeterReads.Where(r => r.ReadAt >= from && r.ReadAt <= to), m => m.Id, r => r.MeterId,
                    (m, r) => new PremiseMeterRead(m.PremiseId, m.Id, m.SerialNumber, m.RegisterDigits, r.ReadAt, r.RegisterValue, r.Source, r.Flags))
                .ToListAsync(ct));
        }

        reads.Sort((a, b) => (a.PremiseId, a.MeterId, a.ReadAt).CompareTo((b.PremiseId, b.MeterId, b.ReadAt)));
        return reads;
    }

    /// <summary>The newest <paramref name="count"/> reads of each meter, newest first, keyed by serial number.</summary>
    public static async Task<Dictionary<string, List<PremiseMeterRead>>> LatestBySerialAsync(UtilityDbContext db, IReadOnlyCollection<string> serialNumbers,
        int count, CancellationToken ct = default)
    {
        var result = new Dictionary<string, List<PremiseMeterRead>>(StringComparer.Ordinal);
        foreach (var chunk in serialNumbers.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var rows = await db.Meters.AsNoTracking()
                .Where(m => chunk.Contains(m.SerialNumber))
                .SelectMany(m => db.MeterReads.Where(r => r.MeterId == m.Id).OrderByDescending(r => r.ReadAt).Take(count),
                    (m, r) => new PremiseMeterRead(m.PremiseId, m.Id, m.SerialNumber, m.RegisterDigits, r.ReadAt, r.RegisterValue, r.Source, r.Flags))
                .ToListAsync(ct);
            foreach (var group in rows.GroupBy(r => r.SerialNumber, StringComparer.Ordinal))
            {
                result[group.Key] = [.. group.OrderByDescending(r => r.ReadAt)];
            }
        }

        return result;
    }
}

/// <summary>Finds a meter as a read file names it.</summary>
public static class MeterLookup
{
    /// <summary>By serial number, else by radio id (the active meter when a radio moved to a new meter); null when none.</summary>
    public static async Task<Accounts.MeterSummary?> FindAsync(UtilityDbContext db, string key, CancellationToken ct = default)
    {
        key = key.Trim();
        var meters = await db.Meters.AsNoTracking()
            .Where(m => m.SerialNumber == key || m.RadioId == key)
            .OrderBy(m => m.SerialNumber == key ? 0 : 1).ThenBy(m => m.Status)
            .Select(m => new Accounts.MeterSummary(m.SerialNumber, m.Size.Label, m.RadioId, m.RegisterDigits, m.InstalledOn, m.Status))
            .Take(2)
            .ToListAsync(ct);
        return meters.FirstOrDefault();
    }
}
