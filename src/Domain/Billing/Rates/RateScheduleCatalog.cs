using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Rates;

/// <summary>A stored schedule version, parsed.</summary>
public sealed record PricingSchedule(Guid VersionId, ScheduleRef Ref, RateSchedule Schedule);

/// <summary>
/// The stored rate schedules: the latest version of each code prices, and the schedule in effect on a bill's period
/// end prices the whole bill. Parsed documents are cached by version id, which is safe on any number of nodes because
/// a stored version never changes.
/// </summary>
public sealed class RateScheduleCatalog(UtilityDbContext db)
{
    private static readonly ConcurrentDictionary<Guid, RateSchedule> Parsed = new();

    /// <summary>The schedule in effect on <paramref name="day"/>, or null when none had taken effect yet.</summary>
    public async Task<PricingSchedule?> InEffectOnAsync(DateOnly day, CancellationToken ct = default)
    {
        var latest = await LatestVersionsAsync(ct);
        var pick = latest.Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.UploadedAt)
            .FirstOrDefault();
        return pick is null ? null : await LoadAsync(pick.Id, pick.Code, pick.Version, ct);
    }

    public async Task<PricingSchedule> RequireInEffectOnAsync(DateOnly day, CancellationToken ct = default) =>
        await InEffectOnAsync(day, ct)
        ?? throw new DomainException(ErrorCodes.Invalid, $"No rate schedule is in effect on {day:yyyy-MM-dd}; load one that takes effect on or before it.", "periodEnd");

    /// <summary>A code's latest version, or the given version; null when there is no such schedule.</summary>
    public async Task<PricingSchedule?> FindAsync(string code, int? version = null, CancellationToken ct = default)
    {
        var query = db.RateScheduleVersions.AsNoTracking().Where(v => v.Code == code);
        query = version is { } n ? query.Where(v => v.Version == n) : query.OrderByDescending(v => v.Version);
        var row = await query.Select(v => new { v.Id, v.Code, v.Version }).FirstOrDefaultAsync(ct);
        return row is null ? null : await LoadAsync(row.Id, row.Code, row.Version, ct);
    }

    public async Task<PricingSchedule> RequireAsync(ScheduleRef schedule, CancellationToken ct = default) =>
        await FindAsync(schedule.Code, schedule.Version, ct)
        ?? throw new DomainException(ErrorCodes.NotFound, $"Rate schedule {schedule.Code} version {schedule.Version} not found.", "scheduleCode");

    private async Task<List<VersionRow>> LatestVersionsAsync(CancellationToken ct)
    {
        // A handful of rows: every version's header, newest first; the latest of each code wins.
        var rows = await db.RateScheduleVersions.AsNoTracking()
            .Select(v => new VersionRow(v.Id, v.Code, v.Version, v.EffectiveFrom, v.UploadedAt))
            .ToListAsync(ct);
        return rows.GroupBy(v => v.Code, StringComparer.Ordinal).Select(g => g.MaxBy(v => v.Version)!).ToList();
    }

    private async Task<PricingSchedule> LoadAsync(Guid id, string code, int version, CancellationToken ct)
    {
        if (!Parsed.TryGetValue(id, out var schedule))
        {
            var document = await db.RateScheduleVersions.AsNoTracking().Where(v => v.Id == id).Select(v => v.Document).SingleAsync(ct);
            schedule = Parsed.GetOrAdd(id, RateScheduleReader.Read(document, $"{code} version {version}"));
        }

        return new PricingSchedule(id, new ScheduleRef(code, version), schedule);
    }

    private sealed record VersionRow(Guid Id, string Code, int Version, DateOnly EffectiveFrom, DateTimeOffset UploadedAt);
}
