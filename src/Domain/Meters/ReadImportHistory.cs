using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Meters;

public sealed record ReadImportRow(Guid Id, string FileName, DateTimeOffset ImportedAt, string ImportedBy, int Lines, int Imported, int AlreadyImported,
    int Refused);

/// <summary>Past read file imports, for staff: the latest ones, and one with its report.</summary>
public sealed class ReadImportHistory(UtilityDbContext db)
{
    public async Task<IReadOnlyList<ReadImportRow>> RecentAsync(Actor actor, int take = 20, CancellationToken ct = default)
    {
        RequireStaff(actor);
        return await db.MeterReadImports.AsNoTracking()
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Take(Math.Clamp(take, 1, 100))
            .Select(i => new ReadImportRow(i.Id, i.FileName, i.ImportedAt, i.ImportedBy, i.Lines, i.Imported, i.AlreadyImported, i.Refused))
            .ToListAsync(ct);
    }

    public async Task<(ReadImportRow Import, ReadImportSummary Summary)> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var record = await db.MeterReadImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw DomainException.NotFound("Read import");
        return (new ReadImportRow(record.Id, record.FileName, record.ImportedAt, record.ImportedBy, record.Lines, record.Imported, record.AlreadyImported,
            record.Refused), ReadImportSummary.From(record));
    }

    private static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff see read imports.");
        }
    }
}
