using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Rates;

public enum ScheduleStoreOutcome
{
    /// <summary>A new version was stored.</summary>
    Added = 1,

    /// <summary>The latest version already holds this document; nothing was stored.</summary>
    Unchanged = 2,

    /// <summary>The code has priced posted bills; no new version is accepted.</summary>
    Locked = 3,
}

public sealed record ScheduleStoreResult(ScheduleStoreOutcome Outcome, string Code, int Version, DateOnly EffectiveFrom);

/// <summary>
/// Adds validated schedule documents as new versions, audited. Shared by the Supervisor's upload and the startup
/// import of the schedule folder, so both follow the same rules: versions only grow, an identical document adds
/// nothing, and a code that has priced a posted bill takes no new version.
/// </summary>
internal static class RateScheduleStore
{
    public static async Task<ScheduleStoreResult> AddAsync(UtilityDbContext db, RateSchedule schedule, string document, string source,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        var versions = await db.RateScheduleVersions.AsNoTracking()
            .Where(v => v.Code == schedule.Code)
            .Select(v => new { v.Version, v.ContentHash, v.Locked })
            .ToListAsync(ct);
        var latest = versions.MaxBy(v => v.Version);
        if (latest is not null && latest.ContentHash == RateScheduleVersion.HashOf(document))
        {
            return new(ScheduleStoreOutcome.Unchanged, schedule.Code, latest.Version, schedule.EffectiveFrom);
        }

        if (versions.Any(v => v.Locked))
        {
            return new(ScheduleStoreOutcome.Locked, schedule.Code, latest!.Version, schedule.EffectiveFrom);
        }

        var version = new RateScheduleVersion(schedule, (latest?.Version ?? 0) + 1, document, source, actor, now);
        db.RateScheduleVersions.Add(version);
        db.AuditEntries.Add(new AuditEntry(now, actor, "RateScheduleVersionAdded", "RateSchedule", schedule.Code, "Version",
            latest?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{version.Version} ({source}, effective {schedule.EffectiveFrom:yyyy-MM-dd})"));
        await db.SaveChangesAsync(ct);
        return new(ScheduleStoreOutcome.Added, schedule.Code, version.Version, schedule.EffectiveFrom);
    }

    /// <summary>Locks every version of the codes that priced bills being posted; runs inside the posting transaction.</summary>
    public static Task LockAsync(UtilityDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct) =>
        db.RateScheduleVersions.Where(v => codes.Contains(v.Code) && !v.Locked)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Locked, true), ct);
}
