using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Rates;

/// <param name="IsLatest">The latest version of its code: the one that prices.</param>
/// <param name="InEffect">The schedule that prices a period ending today.</param>
public sealed record RateScheduleSummary(string Code, int Version, string? Name, DateOnly EffectiveFrom, string Source, string UploadedBy,
    DateTimeOffset UploadedAt, bool Locked, bool IsLatest, bool InEffect);

public sealed record RateScheduleDetails(RateScheduleSummary Summary, string Document, RateSchedule Schedule);

/// <summary>The rate schedules page: every stored version, newest code first, and one version's document.</summary>
public sealed class ListRateSchedules(UtilityDbContext db, RateScheduleCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<RateScheduleSummary>> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var rows = await db.RateScheduleVersions.AsNoTracking()
            .Select(v => new { v.Code, v.Version, v.Name, v.EffectiveFrom, v.Source, v.UploadedBy, v.UploadedAt, v.Locked })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inEffect = (await catalog.InEffectOnAsync(today, ct))?.Ref;
        var latest = rows.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Version), StringComparer.Ordinal);
        return rows
            .OrderByDescending(r => r.EffectiveFrom).ThenBy(r => r.Code, StringComparer.Ordinal).ThenByDescending(r => r.Version)
            .Select(r => new RateScheduleSummary(r.Code, r.Version, r.Name, r.EffectiveFrom, r.Source, r.UploadedBy, r.UploadedAt, r.Locked,
                latest[r.Code] == r.Version, inEffect == new ScheduleRef(r.Code, r.Version)))
            .ToList();
    }

    /// <summary>One version (the latest when <paramref name="version"/> is null) with its document.</summary>
    public async Task<RateScheduleDetails> GetAsync(Actor actor, string code, int? version = null, CancellationToken ct = default)
    {
        var all = await HandleAsync(actor, ct);
        var summary = all.Where(s => s.Code == code && (version is null ? s.IsLatest : s.Version == version)).FirstOrDefault()
            ?? throw DomainException.NotFound("Rate schedule");
        var schedule = await catalog.RequireAsync(new ScheduleRef(summary.Code, summary.Version), ct);
        var document = await db.RateScheduleVersions.AsNoTracking().Where(v => v.Id == schedule.VersionId).Select(v => v.Document).SingleAsync(ct);
        return new RateScheduleDetails(summary, document, schedule.Schedule);
    }

    private static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw DomainException.NotFound("Rate schedule");
        }
    }
}
