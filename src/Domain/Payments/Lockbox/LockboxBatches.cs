using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>A batch as the list and detail pages show it.</summary>
public sealed record LockboxBatchView(
    Guid Id,
    string FileName,
    string FileHash,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    int Lines,
    int Posted,
    Money PostedTotal,
    int Suspended,
    Money SuspenseTotal,
    int AlreadyImported,
    int OpenSuspense)
{
    public Money Total => PostedTotal + SuspenseTotal;
}

/// <summary>The imported lockbox files, newest first, and one of them.</summary>
public sealed class LockboxBatches(UtilityDbContext db)
{
    public const int ListSize = 100;

    public async Task<IReadOnlyList<LockboxBatchView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        return await ProjectAsync(db.LockboxBatches.AsNoTracking().OrderByDescending(b => b.ImportedAt).Take(ListSize), ct);
    }

    public async Task<LockboxBatchView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        return (await ProjectAsync(db.LockboxBatches.AsNoTracking().Where(b => b.Id == id), ct)).SingleOrDefault()
            ?? throw DomainException.NotFound("Lockbox batch");
    }

    private Task<List<LockboxBatchView>> ProjectAsync(IQueryable<LockboxBatch> batches, CancellationToken ct)
    {
        var suspense = db.Set<SuspenseItem>();
        return batches.Select(b => new LockboxBatchView(b.Id, b.FileName, b.FileHash, b.ImportedAt, b.ImportedBy, b.Lines, b.Posted, b.PostedTotal,
                b.Suspended, b.SuspenseTotal, b.AlreadyImported, suspense.Count(s => s.LockboxBatchId == b.Id && s.Status == SuspenseStatus.Open)))
            .ToListAsync(ct);
    }
}
