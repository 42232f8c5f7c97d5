using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Meters;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Meters;

/// <summary>The newest reads of every meter a request lists, in one query per thousand meters (request-scoped).</summary>
public sealed class MeterReadsLoader
{
    /// <summary>The most reads one meter lists: five years of monthly reads.</summary>
    public const int MaxReads = 60;

    public MeterReadsLoader(UtilityDbContext db) =>
        Reads = new(async (serials, ct) => (await MeterReadings.LatestBySerialAsync(db, serials, MaxReads, ct))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<PremiseMeterRead>)p.Value, StringComparer.Ordinal), []);

    /// <summary>Newest first, by meter serial number.</summary>
    public BatchLoader<string, IReadOnlyList<PremiseMeterRead>> Reads { get; }
}
